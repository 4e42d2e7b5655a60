"""Documents know everyone they name (issue 10, item 7): authors, speakers and the people presented."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0017_stances_and_milestones"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="mentioned_people",
            field=models.ManyToManyField(
                blank=True, related_name="mentioned_in", to="kb.person", verbose_name="nämnda personer"
            ),
        ),
    ]
