"""The index's vocabulary: every word the index holds, for spelling suggestions, accent-free
spellings and prefixes (issue 12). Both backends fill it as they index (see vocabulary.py)."""

from django.db import models


class VocabularyWord(models.Model):
    # As written in the texts, lower-cased ("socialtjänstlagen"): what "Menade du …?" offers.
    word = models.CharField(max_length=100, primary_key=True)
    # Without diacritics ("socialtjanstlagen"): what a visitor without å/ä/ö types.
    plain = models.CharField(max_length=100, db_index=True)
    # In how many documents and quotes the word occurs: exact after a rebuild, only ever counted
    # up by later saves (a word edited away keeps its count until the next rebuild).
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        db_table = "search_vocabulary"
        verbose_name = "ord i sökindexet"
        verbose_name_plural = "ord i sökindexet"

    def __str__(self):
        return self.word
