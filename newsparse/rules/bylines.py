"""Byline and dateline rules as data: the forms ``newsparse.bylines`` recognises, per language.

Each entry has a stable id, its language (``"*"`` = any), a note on what it catches and what it
must not, and examples. A ``must_match`` example is ``(text, names)``: ``find_byline(text, lang)``
(or ``strip_dateline`` for dateline rules) must find exactly these author names, in order (a name
written ``"name <email>"`` also checks the email; ``"name [role]"`` checks the role).
``must_not_match`` texts must give no byline (no dateline). ``tests/test_rules_metadata.py`` makes
a test of every example. Words (role words, prefixes, agencies, surnames) come from
``newsparse.rules.languages``; the regexes are built in ``newsparse.bylines``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BylineRule:
    id: str
    lang: str
    note: str
    must_match: tuple[tuple[str, tuple[str, ...]], ...] = ()
    must_not_match: tuple[str, ...] = ()


BYLINE_RULES: tuple[BylineRule, ...] = (
    BylineRule(
        "ko-name-role",
        "ko",
        "Korean name (surname + 1-3 syllables) and a role word, at a line start or after a "
        "sentence end, a bracket, '/' or '='; followed by an email, a bracket, a separator or "
        "the line end. Not 기자회견, 내외신 기자, or a name in the middle of a sentence.",
        must_match=(
            ("이유진 기자", ("이유진 [기자]",)),
            ("  • 이유진 기자", ("이유진",)),
            ("홍길동 기자 hong@example.com", ("홍길동 <hong@example.com>",)),
            ("홍길동기자 hong@example.com", ("홍길동 <hong@example.com>",)),
            ("홍길동 기자(hong@example.com)", ("홍길동 <hong@example.com>",)),
            ("[매일뉴스 홍길동 기자]", ("홍길동",)),
            ("[매일뉴스=홍길동 기자]", ("홍길동",)),
            ("부산=홍길동 기자", ("홍길동",)),
            ("부산/홍길동 기자", ("홍길동",)),
            ("제주 최지훈 기자", ("최지훈",)),
            ("김영수·박민호 기자 team@example.com", ("김영수 <team@example.com>", "박민호")),
            ("정다은 수습기자 jde@example.co.kr", ("정다은 [수습기자]",)),
            ("문재원 의학전문기자", ("문재원 [의학전문기자]",)),
            ("도쿄/정수진 특파원", ("정수진 [특파원]",)),
            ("그렇게 말했다. 양홍주기자 ", ("양홍주",)),
            ("이라고 밝혔다. 내포=강제일 기자 kang@", ("강제일 <kang@>",)),
            ("[신영호 기자 / 이민서 기자]", ("신영호", "이민서")),
            ("/김대성기자 bigkim@", ("김대성 <bigkim@>",)),
            ("김능현기자 nhkim", ("김능현 <nhkim>",)),
            ("/ park@example.com 박선민 기자", ("박선민 <park@example.com>",)),
            ("홍길동 IP노믹스 기자 hong@example.com", ("홍길동 <hong@example.com>",)),
            ("[조은별 디지털뉴스부 인턴기자 intern@example.com]]", ("조은별 [인턴기자]",)),
            ("한지연 기자 한지연 기자 Seoul 이메일 보내기", ("한지연",)),
            ("안진우 기자l기사입력 2023-04-04 19:01 l 최종수정 2023-04-04 19:56", ("안진우",)),
            (
                "글/신창민기자 shin@example.com · 사진/강승현기자 kang@example.com",
                ("신창민 <shin@example.com>", "강승현 <kang@example.com>"),
            ),
            (
                "박민수 기자 a@example.com, 정수진 기자 b@example.com",
                ("박민수 <a@example.com>", "정수진 <b@example.com>"),
            ),
            ("동아닷컴 IT전문 윤서준 기자(tech@example.com)", ("윤서준 <tech@example.com>",)),
            ("워싱턴 황보람 특파원·서울 곽민정 기자", ("황보람", "곽민정")),
            ("유진아 엔터뉴스팀 기자 yoo@example.co.kr (콘텐츠본부) 사진=연합뉴스", ("유진아",)),
        ),
        must_not_match=(
            "대통령 기자회견에서 밝혔다",
            "이날 행사에는 내외신 기자 200여명이 참석했다.",
            "이번 행사를 기획한 사람은 신동해 기자",
            "질문하는 기자들Q",
            "기자 정보",
            "김 장관은 기자 간담회에서 말했다",
            "국정원장 기자 간담회서 밝혀",
            "사진=홍길동 기자",
            "(사진=홍길동 기자)",
            "내일 오후 기자 회견을 연다",
        ),
    ),
    BylineRule(
        "ko-signoff",
        "ko",
        "Broadcast sign-offs naming the reporter: 'X 기자입니다.', 'X 기자의 보도입니다.', "
        "'KBS 뉴스 X입니다.'. Not '... 기자입니다' after other words.",
        must_match=(
            ("김수연 기자입니다.", ("김수연",)),
            ("이윤우 기자의 보도입니다.", ("이윤우",)),
            ("장가희 기자가 취재했습니다.", ("장가희",)),
            ("KBS 뉴스 박민수입니다.", ("박민수",)),
            ("MBN뉴스 설민아입니다.", ("설민아",)),
            ("MBN 사회2부 안진우 기자입니다.", ("안진우",)),
        ),
        must_not_match=("저는 이 회사의 기자입니다.", "오늘의 날씨 뉴스입니다."),
    ),
    BylineRule(
        "ko-place-name-email",
        "ko",
        "Place/name followed by an email, without a role word: '원주/박성준 kw@x.net'.",
        must_match=(("원주/박성준 kw@example.net", ("박성준 <kw@example.net>",)),),
        must_not_match=("문의/홍길동 010-1234-5678",),
    ),
    BylineRule(
        "ko-desk",
        "ko",
        "A desk or team credit, with an email or alone in brackets: role 'desk'.",
        must_match=(
            ("한경닷컴 산업경제팀 open@example.com", ("한경닷컴 산업경제팀 [desk]",)),
            ("(SBS 디지털뉴스편집부)", ("SBS 디지털뉴스편집부 [desk]",)),
            ("[디지털뉴스부]", ("디지털뉴스부 [desk]",)),
        ),
        must_not_match=("(사진=연합뉴스)", "[편집자주]", "(서울=연합뉴스)"),
    ),
    BylineRule(
        "latin-prefix",
        "*",
        "'By/Von/Par/Por/Di/Door/Oleh ...' at the line start, then capitalised names joined by "
        "and/und/et/y/e/en/dan or commas. Not 'stand by me', 'By the way', 'Von Berlin nach'.",
        must_match=(
            ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
            ("BY JANE DOE", ("JANE DOE",)),
            ("By Jane Doe, Reuters", ("Jane Doe",)),
            ("By Jane Doe | Published Oct. 20, 2020", ("Jane Doe",)),
            (
                "By Mary-Ann O'Neil, John van der Berg and Li Wei",
                ("Mary-Ann O'Neil", "John van der Berg", "Li Wei"),
            ),
            ("Von Max Muster", ("Max Muster",)),
            ("Von Max Muster und Erika Musterfrau", ("Max Muster", "Erika Musterfrau")),
            ("Par Jean Dupont", ("Jean Dupont",)),
            ("Por Juan Pérez y María López", ("Juan Pérez", "María López")),
            ("Di Mario Rossi", ("Mario Rossi",)),
            ("Door Jan Jansen", ("Jan Jansen",)),
            ("Oleh Budi Santoso", ("Budi Santoso",)),
            ("Автор: Иван Петров", ("Иван Петров",)),
            ("Written by Jane Doe", ("Jane Doe",)),
            ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",)),
            ("By Reuters Staff", ("Reuters Staff [desk]",)),
            ("Von dpa", ("dpa [desk]",)),
            ("By The Associated Press", ("The Associated Press [desk]",)),
            ("Text: Anna Schmidt", ("Anna Schmidt",)),
            ("By Jane Doe On 11/13/19 at 4:00 PM EST", ("Jane Doe",)),
            ("by Jane Doe November 19, 2019", ("Jane Doe",)),
            ("By\xa0Jane DoeStaff Writer", ("Jane Doe",)),
            ("By Jane RoeNEWSNET", ("Jane Roe",)),
            ("Analysis by Jane Doe, CNN Editor-at-large", ("Jane Doe",)),
            ("By KXYZ Staff | November 18, 2019 at 2:26 PM", ("KXYZ Staff [desk]",)),
            ("By Sandee LaMotte, CNN", ("Sandee LaMotte",)),
            ("By Tim H.J. Smith Fox News", ("Tim H.J. Smith",)),
            ("Autorin: Uta Muster, Projektleiterin der Stiftung in Tunis.", ("Uta Muster",)),
            ("Par Jean Dupont le 14.09.2020 à 11h46", ("Jean Dupont",)),
            ("By Jane Doe, John Roe and Max Muster", ("Jane Doe", "John Roe", "Max Muster")),
        ),
        must_not_match=(
            "stand by me",
            "By the way, this is prose.",
            "Von Berlin nach München fahren täglich Züge.",
            "By 2025, the plan will be done.",
            "Par ailleurs, il a dit",
            "Photo by Jane Doe",
            "By Tuesday",
            "Di recente il governo ha detto",
            "• By Any Means Necessary",
            "By clicking Confirm Account, I agree to the terms of service.",
        ),
    ),
    BylineRule(
        "latin-name-role",
        "*",
        "A whole line 'Name, Role' (Jane Doe, Staff Writer / Max Muster, Redakteur).",
        must_match=(
            ("Jane Doe, Staff Writer", ("Jane Doe [Staff Writer]",)),
            ("Jane Doe | Senior Correspondent", ("Jane Doe",)),
        ),
        must_not_match=("The Editor, he said, was wrong", "Dear Editor"),
    ),
    BylineRule(
        "cjk-place-name",
        "ja",
        "Japanese place＝name credit: '北京＝峯村健司', '【北京＝峯村健司】'. An agency on the "
        "right (共同, 時事) is a dateline, not an author.",
        must_match=(("北京＝峯村健司", ("峯村健司",)), ("【ワシントン＝山田太郎】", ("山田太郎",))),
        must_not_match=("【ワシントン＝共同】", "1＝2"),
    ),
    BylineRule(
        "ja-name-role",
        "ja",
        "Japanese name and role: '山田太郎記者', '山田太郎 特派員'.",
        must_match=(("山田太郎記者", ("山田太郎 [記者]",)), ("文：山田太郎", ("山田太郎",))),
        must_not_match=("記者会見で述べた", "記者クラブ"),
    ),
    BylineRule(
        "zh-role-name",
        "zh",
        "Chinese role before names: '记者 张三', '（记者 张三 通讯员 李四）', '本报记者 张三'. "
        "Not 记者会, not a photo credit '记者张三摄'.",
        must_match=(
            ("记者 张三", ("张三 [记者]",)),
            ("记者张三", ("张三",)),
            ("（记者 张三 通讯员 李四）", ("张三 [记者]", "李四 [通讯员]")),
            ("本报记者 张三 李四", ("张三", "李四")),
            ("作者：王小明", ("王小明",)),
            ("文/王小明", ("王小明",)),
        ),
        must_not_match=("记者会上，他表示", "记者张三摄", "记者从市政府获悉，项目已开工。"),
    ),
)


@dataclass(frozen=True, slots=True)
class DatelineRule:
    """A dateline form glued to the first paragraph. Examples: (text, (place, agency, names,
    rest)) where rest is the text left after stripping."""

    id: str
    lang: str
    note: str
    must_match: tuple[tuple[str, tuple[str | None, str | None, tuple[str, ...], str]], ...] = ()
    must_not_match: tuple[str, ...] = ()


DATELINE_RULES: tuple[DatelineRule, ...] = (
    DatelineRule(
        "dl-ko-wire",
        "ko",
        "(place=agency) [reporter 기자 =] at the paragraph start. Not photo credits "
        "(사진=연합뉴스), [AP=연합뉴스].",
        must_match=(
            (
                "(서울=연합뉴스) 홍길동 기자 = 본문이 시작된다.",
                ("서울", "연합뉴스", ("홍길동",), "본문이 시작된다."),
            ),
            (
                "[서울=뉴시스]김래현 기자 = 정부는 밝혔다.",
                ("서울", "뉴시스", ("김래현",), "정부는 밝혔다."),
            ),
            (
                "(평창=뉴스1) 임성일 기자 = 경기가 열렸다.",
                ("평창", "뉴스1", ("임성일",), "경기가 열렸다."),
            ),
            ("【서울=뉴시스】 정부가 발표했다.", ("서울", "뉴시스", (), "정부가 발표했다.")),
            (
                "(세종=연합뉴스) 김영수 이민호 기자 = 정부가 밝혔다.",
                ("세종", "연합뉴스", ("김영수", "이민호"), "정부가 밝혔다."),
            ),
        ),
        must_not_match=(
            "(사진=연합뉴스) 관악구가 행사를 열었다.",
            "[AP=연합뉴스] 사진 설명",
            "[EPA=연합뉴스]",
            "정부는 (서울=연합뉴스) 라고 했다.",
        ),
    ),
    DatelineRule(
        "dl-latin-wire",
        "*",
        "PLACE[, date] (Agency) - at the paragraph start: 'SEOUL, Oct 20 (Reuters) -', "
        "'Berlin (dpa) -', 'SEOUL (AP) —'. Also an ALL-CAPS place alone before a dash.",
        must_match=(
            (
                "SEOUL, Oct 20 (Reuters) - South Korea said on Tuesday ...",
                ("SEOUL", "Reuters", (), "South Korea said on Tuesday ..."),
            ),
            (
                "SEOUL (AP) — North Korea fired a missile.",
                ("SEOUL", "AP", (), "North Korea fired a missile."),
            ),
            (
                "Berlin (dpa) - Die Regierung hat entschieden.",
                ("Berlin", "dpa", (), "Die Regierung hat entschieden."),
            ),
            (
                "NEW YORK — Stocks rose on Tuesday.",
                ("NEW YORK", None, (), "Stocks rose on Tuesday."),
            ),
            (
                "Frankfurt/Main (dpa/lhe) - Der Flughafen meldet Verspätungen.",
                ("Frankfurt/Main", "dpa/lhe", (), "Der Flughafen meldet Verspätungen."),
            ),
        ),
        must_not_match=(
            "The plan (announced Tuesday) - is bold.",
            "I think (really) - yes.",
            "US - China talks resumed.",
        ),
    ),
    DatelineRule(
        "dl-ja-bracket",
        "ja",
        "【place＝name】 or 【place＝agency】 / 【place時事】 at the paragraph start.",
        must_match=(
            (
                "【北京＝峯村健司】中国政府は20日、発表した。",
                ("北京", None, ("峯村健司",), "中国政府は20日、発表した。"),
            ),
            (
                "【ワシントン時事】米政府は20日、発表した。",
                ("ワシントン", "時事", (), "米政府は20日、発表した。"),
            ),
            (
                "【ワシントン＝共同】米政府は発表した。",
                ("ワシントン", "共同", (), "米政府は発表した。"),
            ),
        ),
        must_not_match=("【速報】地震が発生",),
    ),
    DatelineRule(
        "dl-zh-wire",
        "zh",
        "Chinese wire heads: '新华社北京10月20日电（记者X）', '本报讯（记者X 通讯员Y）', "
        "'（中央社記者X台北27日電）'.",
        must_match=(
            (
                "新华社北京10月20日电（记者唐霁）国务院20日召开会议。",
                ("北京", "新华社", ("唐霁",), "国务院20日召开会议。"),
            ),
            (
                "本报讯（记者张三 通讯员李四）日前，项目开工。",
                (None, "本报", ("张三", "李四"), "日前，项目开工。"),
            ),
            (
                "（中央社記者王小明台北27日電）行政院今天宣布。",
                ("台北", "中央社", ("王小明",), "行政院今天宣布。"),
            ),
            (
                "中新网北京10月20日电 (记者 张三)国务院发布通知。",
                ("北京", "中新网", ("张三",), "国务院发布通知。"),
            ),
        ),
        must_not_match=("新华社报道说，会议召开。",),
    ),
)
