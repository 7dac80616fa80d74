"""Hard attendee data for badge tests: long, hyphenated, titled, every script, emoji, markup, blanks."""

from __future__ import annotations

from kiosk.badges import BadgeData, Topic

FULL_NAME_49 = "Karl-Theodor Maria Nikolaus von und zu Guttenberg"
assert len(FULL_NAME_49) == 49

# (title, first name, last name, organisation)
PEOPLE: list[tuple[str, str, str, str]] = [
    ("Prof. Dr.", "Anna-Lena", "Müller-Lüdenscheidt", "Universitätsklinikum Hamburg-Eppendorf"),
    ("", FULL_NAME_49, "", "Bundesministerium für Wirtschaft und Klimaschutz"),
    ("", "", FULL_NAME_49, ""),
    ("Dr. med. Dr. rer. nat.", "Hans-Joachim", "Freiherr von Wolfeschlegelsteinhausen", "Praxis"),
    ("", "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft", "X", ""),
    ("", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "", ""),
    ("", "A" * 100, "B" * 60, "C" * 120),
    ("", "Zoë", "Åström-Øvergård", "Ærø Kommune"),
    ("", "François", "Lefèvre-Dupré", "Société Générale"),
    ("", "Đorđe", "Šćepanović", "Univerzitet u Beogradu"),
    ("", "Nguyễn Thị", "Minh Khai", "Đại học Quốc gia Hà Nội"),
    ("", "Łukasz", "Żółkiewski-Wiśniewski", "Politechnika Łódzka"),
    ("", "Grzegorz", "Brzęczyszczykiewicz", "Chrząszczyżewoszyce"),
    ("", "Małgorzata", "Źdźbło", "Gdańsk"),
    ("", "Şükrü", "Gülşen", "İstanbul Üniversitesi"),
    ("", "İsmail", "Öztürk", "Işık Çağrı Ağaç"),
    ("", "Ægir", "Þórsson", "Háskóli Íslands"),
    ("", "Čeněk", "Dvořák", "Ústí nad Labem"),
    ("", "Ľudovít", "Štúr", "Žilinská univerzita"),
    ("", "Ġużè", "Ħamrun", "Università ta' Malta"),
    ("", "Ștefan", "Țurcanu", "Universitatea din București"),
    ("", "Ōkuma", "Shūhei", "Tōkyō"),
    ("", "Ǆemal", "Ǉubović", "ǈ ǋ ǲ"),
    ("", "Zoe\u0308", "A\u030angstro\u0308m", "decomposed input, NFC output"),
    ("", "Αλέξανδρος", "Παπαδόπουλος", "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών"),
    ("", "Ελένη", "Κωνσταντινίδου-Ξενάκη", "Ψυχολογία"),
    ("", "Анна", "Иванова", "Московский государственный университет"),
    ("", "Владимир", "Щербаков-Жуковский", "Санкт-Петербург"),
    ("", "Ґанна", "Їжакевич", "Київський університет"),
    ("", "Ђорђе", "Јовановић", "Љубљана Њујорк"),
    ("", "محمد", "بن عبد الله", "جامعة القاهرة"),
    ("", "فاطمة", "الزهراء", "مستشفى الملك فيصل التخصصي"),
    ("", "مهدی", "نوری\u200cزاده", "دانشگاه تهران"),
    ("د.", "عبد الرحمن", "الخطيب", "Charité Berlin"),
    ("", "דוד", "בן־גוריון", "האוניברסיטה העברית בירושלים"),
    ("", "שָׂרָה", "לֵוִי", "בית חולים"),
    ("", "יעל", "כהן", "Room 101 חדר"),
    ("", "王小明", "", "北京大学"),
    ("", "欧阳", "娜娜", "清华大学附属医院"),
    ("", "李", "Müller", "华为技术有限公司 Deutschland"),
    ("", "山田", "太郎", "東京大学医学部附属病院"),
    ("", "さくら", "田中", "カタカナ・テスト株式会社"),
    ("", "김민준", "이서연", "서울대학교병원"),
    ("", "박지성", "", "연세대학교"),
    ("", "अर्जुन", "शर्मा", "अखिल भारतीय आयुर्विज्ञान संस्थान"),
    ("श्रीमती", "प्रियंका", "चोपड़ा", "क्षत्रिय हिन्दी"),
    ("", "রবীন্দ্রনাথ", "ঠাকুর", "தமிழ் சங்கம்"),
    ("", "สมชาย", "ใจดี", "Արամ Խաչատրյան · გიორგი"),
    ("", "Ana", "😀", "🎉 Party GmbH"),
    ("", "Zoë 👩\u200d💻", "Dev", "☃ ❤ ★ ✓"),
    ("", "Max", "🦄", "Kim 🥰 🫠"),
    ("", "Ana", "<Admin>", "<font size=80>Big</font>"),
    ("", "&amp;", "Tom & Jerry", "<b>bold</b> <i>x</i>"),
    ("", "<script>alert(1)</script>", "${jndi:ldap://x}", "{first_name} {{x}} %s %d"),
    ("", "'; DROP TABLE--", "\\n\\t", "<para>&lt;</para>"),
    ("", "", "Müller", "Nur Nachname"),
    ("", "Anna", "", "Nur Vorname"),
    ("", "   ", "", "Nur Leerzeichen"),
    ("", "\t\n", "\u00a0\u2003", ""),
    ("", "", "", ""),
    ("", "Anna\u00a0Lena", "Soft\u00adHyphen", "Zero\u200bWidth"),
    ("", "\x07Bell", "\ue000Private", "\U0010ffff\U000e0001"),
    ("", "-Start", "End-", "a - b -- c"),
    ("", "Anna--Lena", "X\u2010Y\u2011Z", "ﬁ ﬂ ＡＢＣ"),
    ("", "Ana (محمد) 123", "ABC עברית 456", "mixed"),
    ("Dr.", "Ärzte-", "-Team", "Ä Ö Ü ä ö ü ß ẞ"),
]

_FIRST = [
    "Jürgen",
    "Özlem",
    "Ayşe",
    "Søren",
    "José María",
    "Chloé-Marie",
    "Ioana",
    "Bartłomiej",
    "Νίκος",
    "Дмитрий",
    "Yusuf",
    "Noa",
    "Wei",
    "Hiroshi",
    "Ji-woo",
    "Priya",
]
_LAST = [
    "Schmidt-Rottluff",
    "Nguyễn",
    "Papadopoulos-Κωνσταντίνου",
    "Kowalczyk",
    "Yılmaz",
    "O'Brien",
    "de la Cruz y Fernández",
    "Van der Heijden",
    "Ñúñez",
]
_TITLES = ["", "Dr.", "Prof. Dr.", "Dipl.-Ing."]


def people() -> list[tuple[str, str, str, str]]:
    """The hand-picked hard cases plus combinations, over 200 in all."""
    combos = [
        (_TITLES[i % len(_TITLES)], first, last, f"Klinik {i} für Innere Medizin und Kardiologie")
        for i, (first, last) in enumerate((f, ln) for f in _FIRST for ln in _LAST)
    ]
    return PEOPLE + combos


TOPICS = (
    Topic("Pflege", "#2e86de", "offer"),
    Topic("KI in der Medizin", "#27ae60", "offer"),
    Topic("Ehrenamt <b>", "#8e44ad", "seek"),
)


def badge(person: tuple[str, str, str, str], index: int = 0, topics: tuple[Topic, ...] = TOPICS) -> BadgeData:
    """A badge for one person with event fields filled in."""
    title, first, last, organisation = person
    return BadgeData(
        fields={
            "title": title,
            "first_name": first,
            "last_name": last,
            "organisation": organisation,
            "category": ["Teilnehmer", "Referentin", "Presse", "Organisation"][index % 4],
            "event_name": "Regionalkongress Nord 2025",
            "event_date": "12.–13. September 2025",
        },
        code=f"TKT{index:06d}ABCDEFGH",
        role_colour=["#c0392b", "#2e86de", "#f1c40f", "#16a085"][index % 4],
        topics=topics[: index % 4],
    )


def hard_badges() -> list[BadgeData]:
    """One badge per hard person."""
    return [badge(person, i) for i, person in enumerate(people())]
