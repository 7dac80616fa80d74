"""polls.toml is checked as a whole: every problem at once, as `where` and `why (expected …)`."""

from pathlib import Path

from kiosk.polls.model import QA, SCALE, SINGLE, WORDCLOUD, PollDefinition
from kiosk.polls.toml_file import definition_problems, read_polls_file

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "polls" / "polls.toml"


def _problems(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "polls.toml"
    path.write_text(text, encoding="utf-8")
    found = read_polls_file(path)
    assert not (found.polls and found.problems)
    return {problem.where: problem.why for problem in found.problems}


def test_the_sample_file_reads_with_its_kinds_and_settings() -> None:
    found = read_polls_file(SAMPLE)
    assert found.problems == []
    assert [(p.id, p.kind) for p in found.polls] == [("open-data", SINGLE), ("zukunft", WORDCLOUD),
                                                     ("kongress", SCALE), ("fragen", QA)]
    assert found.polls[0].options[3] == "Wir veröffentlichen alles"
    assert found.polls[2].scale == (1, 5) and found.polls[2].labels == ("gar nicht", "sehr")
    assert found.polls[1].moderated and not found.polls[0].allow_change


def test_every_problem_is_listed_at_once_with_where_and_why(tmp_path: Path) -> None:
    problems = _problems(tmp_path, """
[[polls]]
id = "a"
kind = "singel"
question = "Q"

[[polls]]
id = "b"
kind = "multiple"
question = ""
options = ["Ja", "ja"]
max_choices = 3
colour = "#FFFFFF"

[[polls]]
id = "b"
kind = "scale"
question = "Wie?"
scale = [5, 1]
labels = ["nur eins"]
options = ["x", "y"]

[[polls]]
id = "bad id!"
kind = "open"
question = "Was?"
moderated = "ja"
allow_chnage = true
""")
    assert problems["polls[1].kind"].startswith('"singel" is not supported (expected "single" or')
    assert problems["polls[2].question"] == "is empty (expected some text)"
    assert problems["polls[2].colour"].startswith("unknown setting")
    assert problems["polls[3].id"] == '"b" is taken by polls[2] (expected each id once)'
    assert "expected" in problems["polls[3].labels"]
    assert problems["polls[4].id"].startswith('"bad id!" is not a poll id')
    assert problems["polls[4].moderated"].startswith('"ja" is not true or false')
    assert 'did you mean "allow_change"' in problems["polls[4].allow_chnage"]


def test_what_a_kind_needs_is_checked_once_the_keys_are_right(tmp_path: Path) -> None:
    problems = _problems(tmp_path, """
[[polls]]
id = "a"
kind = "multiple"
question = "Q"
options = ["Ja", " ja "]
max_choices = 3

[[polls]]
id = "b"
kind = "scale"
question = "Wie?"
scale = [5, 1]
options = ["x", "y"]

[[polls]]
id = "c"
kind = "single"
question = "Nur eine Option?"
options = ["x"]
moderated = true
""")
    assert problems == {
        "polls[1].options[2]": '" ja " repeats option 1 (expected each option once)',
        "polls[1].max_choices": "3 is more than the 2 options (expected 1–2)",
        "polls[2].options": "is not used by a scale poll (expected it only for single or multiple or ranking)",
        "polls[2].scale": "[5, 1] is not a scale (expected LOW < HIGH with at most 11 points, e.g. [1, 5])",
        "polls[3].options": "has 1 (expected 2–20 options)",
        "polls[3].moderated": "is not used by a single poll (expected it only for wordcloud or open or qa)",
    }


def test_a_file_that_is_not_utf8_or_not_toml_or_missing_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "polls.toml"
    path.write_bytes(b'[[polls]]\nid = "a"\nquestion = "Gr\xfc\xdfe"\n')
    assert [(p.where, p.why) for p in read_polls_file(path).problems] == [
        (f"{path} line 3", "byte 0xFC is not UTF-8 (expected a file saved as UTF-8)")]
    path.write_text("[[polls]\n", encoding="utf-8")
    assert read_polls_file(path).problems[0].why.startswith("is not valid TOML")
    assert read_polls_file(tmp_path / "none.toml").problems[0].why.startswith("cannot be read")


def test_shared_banned_words_join_each_polls_own(tmp_path: Path) -> None:
    path = tmp_path / "polls.toml"
    path.write_text('banned_words = ["Konkurrenz AG"]\n[[polls]]\nid = "w"\nkind = "wordcloud"\nquestion = "Q"\n'
                    'banned_words = ["Bürokratiemonster"]\n', encoding="utf-8")
    assert read_polls_file(path).polls[0].banned_words == ("Konkurrenz AG", "Bürokratiemonster")


def test_a_console_poll_gets_the_same_checks() -> None:
    problems = definition_problems(PollDefinition("x", SINGLE, "Q?", options=("nur eine",)))
    assert [(p.where, p.why) for p in problems] == [("poll.options", "has 1 (expected 2–20 options)")]
    assert definition_problems(PollDefinition("x", SINGLE, "Q?", options=("a", "b"))) == []
