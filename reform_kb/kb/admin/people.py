from django.contrib import admin

from ..models import Person, Role


class RoleInline(admin.TabularInline):
    model = Role
    autocomplete_fields = ["organisation"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "party", "role_summary"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "updated_at"]
    inlines = [RoleInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles__organisation")

    @admin.display(description="roller")
    def role_summary(self, obj):
        return "; ".join(str(role) for role in obj.roles.all())


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "organisation"]
    list_select_related = ["person", "organisation"]
    search_fields = ["person__name", "title", "organisation__name"]
    autocomplete_fields = ["person", "organisation"]
