from django.urls import path

from . import views

app_name = "kb"

urlpatterns = [
    path("", views.home, name="home"),
    path("teman/", views.theme_list, name="theme_list"),
    path("teman/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("organisationer/", views.organisation_list, name="organisation_list"),
    path("organisationer/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("personer/", views.person_list, name="person_list"),
    path("personer/<slug:slug>/", views.person_detail, name="person_detail"),
    path("dokument/", views.document_list, name="document_list"),
    path("dokument/<slug:slug>/", views.document_detail, name="document_detail"),
    path("citat/", views.quote_list, name="quote_list"),
    path("citat/<int:pk>/", views.quote_detail, name="quote_detail"),
    # taggit keeps å, ä and ö in tag slugs ("socialtjänst"), which <slug:> would reject.
    path("taggar/<str:slug>/", views.tag_detail, name="tag_detail"),
]
