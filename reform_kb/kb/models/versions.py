from django.db import models


class ContentVersion(models.Model):
    """One row (id 1): the content version that cached pages are keyed on, where every process
    sees it (kb/content_version.py; with a shared cache such as Redis it lives there instead).

    The table keeps the name it was created with by an early search migration: kb adopted it
    (migration 0011) without touching existing databases.
    """

    id = models.IntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    class Meta:
        db_table = "search_content_version"
        verbose_name = "innehållsversion"

    def __str__(self):
        return str(self.version)
