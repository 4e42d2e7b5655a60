from reform_kb.kb.sorting import swedish_initial, swedish_sort_key, swedish_sorted


def test_a_ring_a_umlaut_and_o_umlaut_come_after_z_in_that_order():
    words = ["Örebro", "Ängelholm", "Åre", "Zinkgruvan", "Arboga"]
    assert sorted(words, key=swedish_sort_key) == ["Arboga", "Zinkgruvan", "Åre", "Ängelholm", "Örebro"]


def test_order_ignores_case():
    assert sorted(["vision", "Akademikerförbundet", "SKR"], key=swedish_sort_key) == [
        "Akademikerförbundet",
        "SKR",
        "vision",
    ]


def test_e_acute_sorts_as_e_not_after_z():
    assert sorted(["Zeta", "Éva", "Fredrik"], key=swedish_sort_key) == ["Éva", "Fredrik", "Zeta"]


def test_letters_inside_words_follow_swedish_order_too():
    assert sorted(["Köping", "Kumla", "Kalmar"], key=swedish_sort_key) == ["Kalmar", "Kumla", "Köping"]


def test_swedish_sorted_takes_a_key_function():
    rows = [{"name": "Östersund"}, {"name": "Umeå"}]
    assert [r["name"] for r in swedish_sorted(rows, key=lambda r: r["name"])] == ["Umeå", "Östersund"]


def test_initial_keeps_swedish_letters_and_folds_accents():
    assert [swedish_initial(w) for w in ["Örebro", "åre", "Ängelholm", "Éva", "1177", ""]] == [
        "Ö",
        "Å",
        "Ä",
        "E",
        "#",
        "#",
    ]
