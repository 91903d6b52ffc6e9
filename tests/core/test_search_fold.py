"""The server's accent folding (``lectio_fold``) as Python computes the same table: accented Latin letters fold to
their base letter, combining marks go, other scripts stay; ts_headline's marks on the folded text land on the
original words."""

from __future__ import annotations

from app.core.search_fold import fold, fold_function_ddl, fold_table, remark


def test_fold_takes_accents_off_latin_letters_only() -> None:
    assert fold("Müller, José, Çağla, Ångström, Dvořák, Łódź") == "Muller, Jose, Cagla, Angstrom, Dvorak, Łodz"
    assert fold("mu\u0308ller") == "muller"  # decomposed text: the combining mark goes
    assert fold("Москва العربية 東京 ß") == "Москва العربية 東京 ß"  # other scripts (and ß) as they are
    src, dst = fold_table()
    assert len(set(src)) == len(src) and len(dst) < len(src)  # the extra marks at the end are deleted
    assert "translate(t, '" in fold_function_ddl() and "IMMUTABLE" in fold_function_ddl()


def test_marks_on_the_folded_text_land_on_the_original_words() -> None:
    original = "Frau Mu\u0308ller und Müller, café"
    folded = fold(original)
    marked = folded.replace("Muller", "\x01Muller\x02").replace("cafe", "\x01cafe\x02")
    assert remark(original, marked) == "Frau \x01Mu\u0308ller\x02 und \x01Müller\x02, \x01café\x02"
    assert remark(original, "something else") == "something else"  # not its fold: left as it came
