"""Session 59 QA (qa59c): Vietnamese, Indonesian, Chinese, Japanese, Turkish and Arabic reports (invented texts)."""

from __future__ import annotations

from tests.helpers import analyzed


def _people(text: str, lang: str) -> dict[str, str]:
    return {e.text: e.label for e in analyzed(text, lang).entities}


def test_vi_a_title_before_a_vietnamese_name_makes_it_a_person() -> None:
    people = _people("Bộ trưởng Nguyễn Văn Tâm cho biết chính phủ sẽ hỗ trợ các gia đình. Ông Tâm nói thêm rằng tiền đã sẵn sàng.", "vi")
    assert people["Nguyễn Văn Tâm"] == "PER"
    assert people["Tâm"] == "PER"


def test_vi_a_place_before_the_holders_name_is_cut_off() -> None:
    people = _people("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Khải cho biết đã sơ tán 3.000 hộ dân.", "vi")
    assert people.get("Lê Văn Khải") == "PER"
    assert people.get("Quảng Nam") == "MISC"


def test_vi_a_surname_run_of_three_is_a_person_but_cities_are_not() -> None:
    people = _people("Theo Giám đốc Sở Y tế Trần Thị Ngọc, 12 người bị thương tại Hà Nội và Thành phố Hồ Chí Minh.", "vi")
    assert people["Trần Thị Ngọc"] == "PER"
    assert people["Hà Nội"] != "PER"
    assert people.get("Hồ Chí Minh") != "PER"
