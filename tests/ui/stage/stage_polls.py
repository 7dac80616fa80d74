"""Polls that test the stage's legibility: eight long German options, Arabic and CJK options, a word cloud of
200 words (German compounds, Arabic, CJK; a few frequent, a long tail of single votes) and a Q&A with long
questions — opened, revealed and voted in."""

from datetime import datetime

from kiosk.event.store import Store
from kiosk.polls.ballots import cast_vote
from kiosk.polls.model import PollDefinition
from kiosk.polls.store import open_poll, save_definitions, show_results

GERMAN = PollDefinition("massnahmen", "single", "Welche der folgenden Maßnahmen sollte Ihre Kommune in den "
                        "nächsten zwei Jahren als Erstes umsetzen, wenn das Budget nur für eine einzige reicht?", (
                            "Offene Daten für alle Fachbereiche und Eigenbetriebe veröffentlichen",
                            "Kostenloses WLAN in allen Bürgerämtern und Stadtbibliotheken",
                            "Digitale Bauanträge mit elektronischer Akte und Online-Bezahlung",
                            "Smarte Straßenbeleuchtung mit Sensorik für die Verkehrszählung",
                            "Ende-zu-Ende-digitalisierte Kfz-Zulassung",
                            "Bürgerportal mit Servicekonto für sämtliche Verwaltungsleistungen",
                            "Datenschutzkonforme Videokonferenzen für Ratssitzungen",
                            "Weiterbildungsprogramm Digitalkompetenz für Verwaltungsmitarbeitende"))
ARABIC = PollDefinition("arabisch", "single", "ما هي أولوية مدينتك في التحول الرقمي خلال العامين القادمين؟", (
    "البيانات المفتوحة لجميع الإدارات والمؤسسات البلدية", "شبكة إنترنت لاسلكية مجانية في جميع المكاتب العامة",
    "رخص البناء الرقمية", "إنارة الشوارع الذكية مع أجهزة استشعار لحركة المرور", "الملف الإلكتروني",
    "بوابة المواطنين الموحدة لجميع الخدمات", "مدينة ذكية", "برنامج تدريب على المهارات الرقمية للموظفين"))
CJK = PollDefinition("cjk", "multiple", "您的城市在未来两年内应优先推进哪些数字化措施？", (
    "面向所有部门的开放数据平台", "所有市民服务中心和图书馆提供免费无线网络", "数字化建筑许可申请与在线支付",
    "配备交通流量传感器的智能路灯", "电子档案管理系统", "涵盖全部行政服务的统一市民服务门户网站", "智慧城市",
    "面向公务人员的数字技能培训计划"), max_choices=3)
CLOUD = PollDefinition("wolke", "wordcloud", "Ein Wort zur Verwaltung von morgen")
QUESTIONS = PollDefinition("podium", "qa", "Ihre Fragen an das Podium")
ALL = (GERMAN, ARABIC, CJK, CLOUD, QUESTIONS)

_FIRST = ("Bürger", "Daten", "Netz", "Service", "Akten", "Online", "Rathaus", "Stadt", "Klima", "Verwaltungs")
_SECOND = ("nähe", "schutz", "portal", "qualität", "kultur", "zugang", "wandel", "kompetenz", "termin", "plattform",
           "souveränität", "freundlichkeit", "transparenz", "beteiligung", "sicherheit", "modernisierung",
           "vernetzung", "offenheit", "geschwindigkeit")
_OTHERS = ("KI", "Open Data", "شفافية", "رقمنة", "مشاركة", "数字化", "透明", "开放数据", "Mut", "Tempo")
WORDS = (*_OTHERS, *[first + second for first in _FIRST for second in _SECOND])[:200]
_QUESTIONS = (
    "Wie stellen Sie sicher, dass die Digitalisierung der Verwaltung auch ältere Menschen ohne Smartphone "
    "mitnimmt und niemand von wichtigen Leistungen ausgeschlossen wird?",
    "Welche Rolle spielt Open Source bei der Beschaffung?",
    "Wann kommt das digitale Bauamt in kleinen Gemeinden an?",
    "كيف تحمون بيانات المواطنين الشخصية؟",
    "地方政府如何与初创企业合作？",
    "Was kostet das alles und wer bezahlt es am Ende – Bund, Land oder Kommune?")


def stage_polls(store: Store, now: datetime) -> None:
    """Import, open and reveal the polls above and vote in them: every option of the choice polls gets votes,
    the cloud's 200 words get 1 to 40 votes (a long tail of single votes), and the Q&A has six questions."""
    save_definitions(store, list(ALL), now)
    for poll in ALL:
        open_poll(store, poll.id, now)
        show_results(store, poll.id, now, shown=True)
    for number in range(60):
        for poll in (GERMAN, ARABIC):
            cast_vote(store, poll.id, f"phone:{poll.id}{number}", [str(number * 5 % 8 + 1)], now)
        cast_vote(store, CJK.id, f"phone:cjk{number}", [str(number % 8 + 1), str((number * 3) % 8 + 1)], now)
    voter = 0
    for rank, word in enumerate(WORDS):
        for _ in range(max(1, 40 // (rank + 1))):  # Zipf-like: the first words often, most words once
            cast_vote(store, CLOUD.id, f"phone:w{voter}", [word], now)
            voter += 1
    for number, question in enumerate(_QUESTIONS):
        cast_vote(store, QUESTIONS.id, f"phone:q{number}", [question], now)
