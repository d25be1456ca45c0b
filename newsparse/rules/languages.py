"""The metadata lexicon: per-language word tuples that the date, byline and language rules use.

Every list here is data, keyed by ISO 639-1 code (``"*"`` = any language). Regexes are built from
these tuples in ``newsparse/rules/dates.py``, ``newsparse/rules/bylines.py`` and
``newsparse/language.py``; nothing in this module is a regex except where a tuple says so. To
widen a rule to a new language, add that language's words here (and an example to the rule table
that uses them), never a new hand-written regex.

The ``LANGUAGE_RULES`` table at the end is the language-identification table: per language the
script it is written in, its function words, and sentences that must / must not be detected as it.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Date labels: the word printed before (or, in ko/ja, after) a date that says what the date is.
# ---------------------------------------------------------------------------------------------

# fmt: off
PUBLISHED_LABELS: dict[str, tuple[str, ...]] = {
    "ko": (
        "기사입력", "기사승인", "기사등록", "입력", "등록", "승인", "송고시간", "송고", "발행일",
        "발행", "게재 일자", "게재일자", "게재일", "게재", "작성일", "작성", "게시일", "게시",
        "등록일", "입력일", "보도일", "기사 입력", "기사 승인", "최초 입력", "최초입력",
    ),
    "en": (
        "Published on", "Published", "Posted on", "Posted", "First published on",
        "First published", "Originally published on", "Originally published",
        "Publication date", "Published date", "Date published", "Date posted", "Date",
        "Dated", "Created on", "Created", "Released on", "Released", "Issued", "Filed",
        "Pub date", "Publish date", "Posted at", "Published at",
    ),
    "de": (
        "Veröffentlicht am", "Veröffentlicht", "Erschienen am", "Erschienen", "Publiziert am",
        "Publiziert", "Datum", "Erstellt am", "Erstellt", "Online seit", "Gepostet am",
        "Gepostet", "Veröffentlichungsdatum", "Veröffentlichung", "Eingestellt am", "Publikation",
        "Meldung vom", "Artikel vom", "Beitrag vom", "Pressemitteilung vom", "Geschrieben am",
        "Sendung vom", "Sendedatum",
    ),
    "fr": (
        "Publié le", "Publié", "Publiée le", "Publiée", "Mis en ligne le", "Mis en ligne",
        "Date de publication", "Posté le", "Créé le", "Paru le", "Le",
    ),
    "es": (
        "Publicado el", "Publicado", "Publicada el", "Publicada", "Fecha de publicación",
        "Fecha", "Creado", "Publicación",
    ),
    "pt": (
        "Publicado em", "Publicado", "Publicada em", "Publicada", "Postado em", "Postado",
        "Data de publicação", "Data", "Criado em",
    ),
    "it": (
        "Pubblicato il", "Pubblicato", "Pubblicata il", "Pubblicata", "Data di pubblicazione",
        "Data", "Inserito il",
    ),
    "nl": (
        "Gepubliceerd op", "Gepubliceerd", "Geplaatst op", "Geplaatst", "Publicatiedatum",
        "Datum",
    ),
    "id": (
        "Diterbitkan", "Dipublikasikan", "Ditayangkan", "Terbit", "Tanggal", "Diunggah",
        "Dipublikasi",
    ),
    "ru": ("Опубликовано", "Дата публикации", "Размещено", "Дата", "Опубликован"),
    "uk": ("Опубліковано", "Дата публікації"),
    "pl": ("Opublikowano", "Data publikacji", "Dodano", "Data"),
    "tr": ("Yayınlanma tarihi", "Yayın tarihi", "Yayınlanma", "Oluşturulma", "Tarih"),
    "sv": ("Publicerad", "Publicerat", "Publicerades"),
    "da": ("Publiceret", "Offentliggjort"),
    "no": ("Publisert",),
    "fi": ("Julkaistu",),
    "cs": ("Publikováno", "Vydáno"),
    "vi": ("Ngày đăng", "Đăng lúc", "Đăng ngày", "Đăng"),
    "ja": (
        "公開日時", "公開日", "公開", "配信日時", "配信日", "配信", "掲載日時", "掲載日", "掲載",
        "投稿日時", "投稿日", "投稿", "作成日", "発行日", "登録日",
    ),
    "zh": (
        "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "发布于", "发布", "發布",
        "发表时间", "發表時間", "发表于", "发稿时间", "出版时间", "时间", "時間", "日期",
    ),
}

MODIFIED_LABELS: dict[str, tuple[str, ...]] = {
    "ko": (
        "최종수정", "최종 수정", "최종업데이트", "최종 업데이트", "업데이트", "수정일", "수정",
        "기사수정", "갱신",
    ),
    "en": (
        "Last updated on", "Last updated", "Updated on", "Updated at", "Updated",
        "Last modified on", "Last modified", "Modified on", "Modified", "Revised",
        "Last revised", "Date modified", "Last update",
    ),
    "de": (
        "Zuletzt aktualisiert am", "Zuletzt aktualisiert", "Aktualisiert am", "Aktualisiert",
        "Zuletzt geändert am", "Zuletzt geändert", "Geändert am", "Geändert",
        "Letzte Aktualisierung", "Letzte Änderung", "Stand", "Update",
    ),
    "fr": ("Mis à jour le", "Mis à jour", "Modifié le", "Modifié", "Dernière mise à jour",
           "Actualisé le", "Actualisé"),
    "es": ("Actualizado el", "Actualizado", "Última actualización", "Modificado"),
    "pt": ("Atualizado em", "Atualizado", "Actualizado em", "Última atualização",
           "Modificado em"),
    "it": ("Aggiornato il", "Aggiornato", "Ultimo aggiornamento", "Modificato il"),
    "nl": ("Bijgewerkt op", "Bijgewerkt", "Laatst bijgewerkt", "Gewijzigd op", "Gewijzigd"),
    "id": ("Diperbarui", "Pembaruan terakhir"),
    "ru": ("Обновлено", "Изменено", "Дата обновления"),
    "uk": ("Оновлено",),
    "pl": ("Aktualizacja", "Zaktualizowano"),
    "tr": ("Son güncelleme", "Güncelleme tarihi", "Güncelleme", "Güncellenme"),
    "sv": ("Uppdaterad", "Uppdaterat"),
    "da": ("Opdateret",),
    "no": ("Oppdatert",),
    "fi": ("Päivitetty",),
    "cs": ("Aktualizováno",),
    "vi": ("Cập nhật",),
    "ja": ("最終更新日時", "最終更新日", "最終更新", "更新日時", "更新日", "更新"),
    "zh": ("更新时间", "更新時間", "最后更新", "最後更新", "修改时间", "修改時間", "更新于", "更新"),
}

# Labels that make a date something other than the publication date: an expiry, a deadline,
# an event ("Video verfügbar bis 28.02.2021", "Available until ...", "Einsendeschluss: ...").
NOT_PUBLICATION_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("available until", "Available until", "expires", "Expires", "valid until",
           "Deadline", "deadline", "ends", "until", "Closing date", "Event date", "Born",
           "Date of birth", "Copyright"),
    "de": ("verfügbar bis", "Verfügbar bis", "gültig bis", "Gültig bis", "bis", "bis zum",
           "Einsendeschluss", "Anmeldeschluss", "Bewerbungsschluss", "Frist", "Ablaufdatum",
           "läuft bis", "Termin", "Veranstaltungsdatum", "Geburtsdatum", "geboren am"),
    "fr": ("disponible jusqu'au", "jusqu'au", "valable jusqu'au", "Date limite"),
    "es": ("disponible hasta", "hasta el", "Fecha límite"),
    "pt": ("disponível até", "até"),
    "it": ("disponibile fino al", "fino al", "Scadenza"),
    "ko": ("마감", "접수기간", "행사일", "기간"),
    "ja": ("締切", "期限"),
    "zh": ("截止", "截至"),
}

# Words between a label and its date: "Published on ...", "Veröffentlicht am ...", "Publié le".
LABEL_CONNECTORS: tuple[str, ...] = (
    "on", "at", "am", "den", "vom", "um", "le", "el", "em", "il", "op", "pada", "dne", "в", "на",
)

# Labels printed *after* the date (ko, ja): "2023/06/23 10:12 송고", "4/11(木) 22:22配信".
TRAILING_PUBLISHED_LABELS: tuple[str, ...] = ("송고", "입력", "등록", "配信", "公開", "掲載", "发布")
TRAILING_MODIFIED_LABELS: tuple[str, ...] = ("수정", "更新")

# ---------------------------------------------------------------------------------------------
# Months, weekdays, 12-hour clock words.
# ---------------------------------------------------------------------------------------------

# Each language: 12 entries, one per month, each a tuple of the names printed for it
# (full name, abbreviations; a trailing dot is allowed by the date regex, do not list it).
MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
        ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
        ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
        ("December", "Dec"),
    ),
    "de": (
        ("Januar", "Jänner", "Jan", "Jän"), ("Februar", "Feber", "Feb"), ("März", "Mrz", "Mär"),
        ("April", "Apr"), ("Mai",), ("Juni", "Jun"), ("Juli", "Jul"), ("August", "Aug"),
        ("September", "Sept", "Sep"), ("Oktober", "Okt"), ("November", "Nov"),
        ("Dezember", "Dez"),
    ),
    "fr": (
        ("janvier", "janv"), ("février", "fevrier", "févr", "fevr", "fév"), ("mars",),
        ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
        ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
        ("décembre", "decembre", "déc", "dec"),
    ),
    "es": (
        ("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("mayo", "may"),
        ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
        ("septiembre", "setiembre", "sept", "sep"), ("octubre", "oct"), ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    "pt": (
        ("janeiro", "jan"), ("fevereiro", "fev"), ("março", "marco", "mar"), ("abril", "abr"),
        ("maio", "mai"), ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"),
        ("setembro", "set"), ("outubro", "out"), ("novembro", "nov"), ("dezembro", "dez"),
    ),
    "it": (
        ("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
        ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
        ("settembre", "set"), ("ottobre", "ott"), ("novembre", "nov"), ("dicembre", "dic"),
    ),
    "nl": (
        ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"), ("mei",),
        ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep"),
        ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
    ),
    "id": (
        ("Januari", "Jan"), ("Februari", "Feb"), ("Maret", "Mar"), ("April", "Apr"), ("Mei",),
        ("Juni", "Jun"), ("Juli", "Jul"), ("Agustus", "Agu", "Agt"), ("September", "Sep"),
        ("Oktober", "Okt"), ("November", "Nov"), ("Desember", "Des"),
    ),
    "ru": (
        ("января", "январь", "янв"), ("февраля", "февраль", "фев"), ("марта", "март", "мар"),
        ("апреля", "апрель", "апр"), ("мая", "май"), ("июня", "июнь", "июн"),
        ("июля", "июль", "июл"), ("августа", "август", "авг"), ("сентября", "сентябрь", "сен"),
        ("октября", "октябрь", "окт"), ("ноября", "ноябрь", "ноя"), ("декабря", "декабрь", "дек"),
    ),
    "uk": (
        ("січня",), ("лютого",), ("березня",), ("квітня",), ("травня",), ("червня",),
        ("липня",), ("серпня",), ("вересня",), ("жовтня",), ("листопада",), ("грудня",),
    ),
    "pl": (
        ("stycznia", "styczeń"), ("lutego", "luty"), ("marca", "marzec"),
        ("kwietnia", "kwiecień"), ("maja", "maj"), ("czerwca", "czerwiec"), ("lipca", "lipiec"),
        ("sierpnia", "sierpień"), ("września", "wrzesień"), ("października", "październik"),
        ("listopada",), ("grudnia", "grudzień"),
    ),
    "tr": (
        ("Ocak",), ("Şubat",), ("Mart",), ("Nisan",), ("Mayıs",), ("Haziran",), ("Temmuz",),
        ("Ağustos",), ("Eylül",), ("Ekim",), ("Kasım",), ("Aralık",),
    ),
    "sv": (
        ("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",),
        ("augusti",), ("september",), ("oktober",), ("november",), ("december",),
    ),
    "da": (
        ("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",),
        ("august",), ("september",), ("oktober",), ("november",), ("december",),
    ),
    "ca": (
        ("gener",), ("febrer",), ("març",), ("abril",), ("maig",), ("juny",), ("juliol",),
        ("agost",), ("setembre",), ("octubre",), ("novembre",), ("desembre",),
    ),
    "ro": (
        ("ianuarie", "ian"), ("februarie", "febr"), ("martie",), ("aprilie",), ("mai",),
        ("iunie",), ("iulie",), ("august",), ("septembrie",), ("octombrie",), ("noiembrie",),
        ("decembrie",),
    ),
    "sq": (
        ("janar",), ("shkurt",), ("mars",), ("prill",), ("maj",), ("qershor",), ("korrik",),
        ("gusht",), ("shtator",), ("tetor",), ("nëntor",), ("dhjetor",),
    ),
    "cs": (
        ("ledna",), ("února",), ("března",), ("dubna",), ("května",), ("června",),
        ("července",), ("srpna",), ("září",), ("října",), ("listopadu",), ("prosince",),
    ),
    "bg": (
        ("януари",), ("февруари",), ("март",), ("април",), ("май",), ("юни",), ("юли",),
        ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",),
    ),
    "el": (
        ("Ιανουαρίου",), ("Φεβρουαρίου",), ("Μαρτίου",), ("Απριλίου",), ("Μαΐου",),
        ("Ιουνίου",), ("Ιουλίου",), ("Αυγούστου",), ("Σεπτεμβρίου",), ("Οκτωβρίου",),
        ("Νοεμβρίου",), ("Δεκεμβρίου",),
    ),
    "ar": (
        ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"),
        ("أبريل", "ابريل", "إبريل", "نيسان"), ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"),
        ("يوليو", "يوليه", "تموز"), ("أغسطس", "اغسطس", "آب"), ("سبتمبر", "أيلول"),
        ("أكتوبر", "اكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"),
        ("ديسمبر", "كانون الأول"),
    ),
    "hu": (
        ("január",), ("február",), ("március",), ("április",), ("május",), ("június",),
        ("július",), ("augusztus",), ("szeptember",), ("október",), ("november",),
        ("december",),
    ),
}

# Weekday names that may sit between a label and a date, or in brackets after a date.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
           "Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
           "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
           "월", "화", "수", "목", "금", "토", "일"),
    "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
           "月", "火", "水", "木", "金", "土", "日"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
           "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週一", "週二", "週三",
           "週四", "週五", "週六", "週日"),
}

# 12-hour clock words. ``before``: printed before the time (오후 3:24, 午後3時); else after.
AM_WORDS: tuple[str, ...] = ("오전", "午前", "上午", "凌晨", "早上", "AM", "A.M.", "a.m.", "am")
PM_WORDS: tuple[str, ...] = ("오후", "午後", "下午", "晚上", "中午", "PM", "P.M.", "p.m.", "pm")

# ---------------------------------------------------------------------------------------------
# Time zones: a printed name -> a fixed offset ("+09:00") or an IANA zone (for DST-aware names
# such as "ET"). Ambiguous abbreviations are resolved as noted.
# ---------------------------------------------------------------------------------------------

TIMEZONES: dict[str, str] = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "UT": "+00:00",
    "KST": "+09:00", "JST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "PHT": "+08:00",
    "AWST": "+08:00", "ACST": "+09:30", "ACDT": "+10:30", "AEST": "+10:00", "AEDT": "+11:00",
    "NZST": "+12:00", "NZDT": "+13:00", "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00",
    "ICT": "+07:00", "IST": "+05:30",  # India; the Irish/Israeli IST are rarer in news print
    "PKT": "+05:00", "MSK": "+03:00", "EET": "+02:00", "EEST": "+03:00", "CET": "+01:00",
    "CEST": "+02:00", "MEZ": "+01:00", "MESZ": "+02:00", "WET": "+00:00", "WEST": "+01:00",
    "BST": "+01:00", "EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00",
    "HST": "-10:00", "BRT": "-03:00", "ART": "-03:00",
    "CST": "-06:00",  # US Central; Chinese pages print 北京时间, and lang "zh" maps CST to +08:00
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "北京时间": "+08:00", "北京時間": "+08:00", "日本時間": "+09:00", "한국시간": "+09:00",
}

# Time-zone names whose meaning depends on the page language.
TIMEZONES_BY_LANG: dict[str, dict[str, str]] = {"zh": {"CST": "+08:00"}}

# The single UTC offset a page language implies when nothing is printed. Only languages whose
# readers overwhelmingly live in one offset: ko (Korea, +09:00, no DST since 1988), ja (+09:00),
# zh (mainland China, Taiwan, Hong Kong, Macau and Singapore all keep +08:00 without DST, so
# zh-CN/TW/HK agree). Languages spread over several zones (en, es, pt, ru ...) or with DST
# (de, fr ...) imply nothing: pass ``tz=`` for them.
LANGUAGE_ZONES: dict[str, str] = {"ko": "+09:00", "ja": "+09:00", "zh": "+08:00"}

# Slashed numeric dates whose first number is the month (10/20/2020) in this language.
MONTH_FIRST_LANGS: frozenset[str] = frozenset({"en"})
# Two-digit-year dotted dates read year first (20.10.20 = 2020-10-20) in these languages.
YEAR_FIRST_LANGS: frozenset[str] = frozenset({"ko", "ja", "zh", "hu", "lt", "sv"})

# ---------------------------------------------------------------------------------------------
# Bylines.
# ---------------------------------------------------------------------------------------------

# Role words printed after a name (ko, ja, zh) or after "Name, " (en ...). Longest first is not
# required: the regex builder sorts by length.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "ko": (
        "기자", "수습기자", "인턴기자", "객원기자", "선임기자", "전문기자", "대기자", "특파원",
        "통신원", "논설위원", "논설실장", "논설주간", "해설위원", "편집국장", "편집위원",
        "에디터", "앵커", "PD", "기상캐스터", "캐스터", "시민기자", "도민기자", "명예기자",
        "객원논설위원", "칼럼니스트", "리포터", "선임에디터", "객원에디터", "연구원", "통신원",
    ),
    "ja": ("記者", "特派員", "編集委員", "論説委員", "支局長", "解説委員", "通信員"),
    "zh": ("记者", "記者", "特约记者", "特約記者", "见习记者", "实习记者", "通讯员", "通訊員",
           "实习生", "特派记者", "特派記者", "本报记者", "本報記者"),
    "en": ("Reporter", "Correspondent", "Staff Writer", "Staff Reporter", "Senior Writer",
           "Senior Reporter", "Senior Correspondent", "Chief Correspondent", "Contributor",
           "Contributing Writer", "Columnist", "Special Correspondent", "Bureau Chief",
           "Staff writer", "staff writer", "Editor", "Senior Editor", "Writer"),
    "de": ("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Autor", "Autorin"),
}

# Korean role-word stems that take a field prefix: 의학전문기자, 경제전문기자, 스포츠전문기자.
KO_ROLE_PREFIXABLE: tuple[str, ...] = ("전문기자", "선임기자")

# Words that introduce the author(s) on a byline line, per language.
BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("By", "BY", "by", "Written by", "Words by", "Story by", "Reporting by",
           "Analysis by", "Commentary by", "Opinion by", "Review by", "Interview by",
           "Column by", "Essay by", "Report by", "Text and photos by",
           "Text by", "Author:", "Authors:", "Posted by", "Byline:"),
    "de": ("Von", "VON", "Text:", "Text von", "Autor:", "Autorin:", "Autoren:", "Ein Beitrag von",
           "Ein Kommentar von", "Eine Analyse von", "Ein Gastbeitrag von"),
    "fr": ("Par", "PAR", "Texte :", "Texte:", "Auteur :", "Auteur:", "Rédigé par", "Écrit par"),
    "es": ("Por", "POR", "Autor:", "Autora:", "Escrito por", "Redactado por"),
    "pt": ("Por", "POR", "Autor:", "Escrito por"),
    "it": ("Di", "di", "DI", "Autore:", "A cura di", "Scritto da"),
    "nl": ("Door", "DOOR", "Auteur:", "Geschreven door"),
    "id": ("Oleh", "Penulis:", "Reporter:", "Oleh:"),
    "ru": ("Автор:", "Текст:", "Автор"),
    "pl": ("Autor:", "Autorka:"),
    "tr": ("Yazar:", "Haber:"),
    "sv": ("Av",),
    "da": ("Af",),
    "ja": ("文：", "文:", "文・写真：", "執筆者：", "筆者：", "記者："),
    "zh": ("作者：", "作者:", "文／", "文/", "文｜", "撰文：", "记者：", "記者："),
}

# Words joining several names: "By Jane Doe and John Roe".
NAME_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("and", "&"), "de": ("und", "&"), "fr": ("et", "&"), "es": ("y", "e", "&"),
    "pt": ("e", "&"), "it": ("e", "&"), "nl": ("en", "&"), "id": ("dan", "&"),
    "ru": ("и",), "pl": ("i",), "sv": ("och",), "da": ("og",), "tr": ("ve",),
}

# Last words that make a byline name a desk ("HNN Staff", "Digital Desk").
DESK_SUFFIX_WORDS: tuple[str, ...] = (
    "Staff", "Desk", "Team", "Newsroom", "Redaktion", "Rédaction", "Redacción", "Redazione",
    "Redactie", "Redaksi", "Reports",
)

# Capitalised words that end (or reject) a Latin-script byline name: title-case function words
# ("By Any Means Necessary" is a title), label words ("By Jane Doe On 11/13/19"). Compared
# case-folded.
NOT_NAME_WORDS: tuple[str, ...] = (
    "updated", "published", "posted", "the", "a", "an", "this", "that", "these", "today",
    "yesterday", "photo", "photos", "video", "news", "von", "by", "in", "on", "at", "for", "of",
    "with", "any", "all", "how", "what", "why", "when", "where", "who", "your", "my", "our",
    "to", "is", "are", "not", "no", "new", "more", "most", "best", "top", "from", "about",
    "und", "der", "die", "das", "le", "les", "el", "los", "il", "am", "um", "le", "vor", "ago",
    "min", "read", "follow", "share", "comments", "comment", "email", "twitter", "vom",
    "seit", "à", "del", "foto", "fotos", "bilder", "bild", "grafik", "illustration",
)

# Lower-case name particles allowed inside a Latin-script name.
NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le",
    "ter", "ten", "bin", "binti", "al", "el", "y", "zu", "af", "ibn", "St.",
)

# Credits that name a photographer or picture source, never an author.
PHOTO_CREDIT_WORDS: tuple[str, ...] = (
    "사진", "사진제공", "자료사진", "그래픽", "영상", "영상취재", "영상편집", "촬영", "촬영기자",
    "Photo", "Photos", "Photograph", "Photography", "Photo by", "Photos by", "Picture",
    "Pictures", "Image", "Images", "Foto", "Fotos", "Bild", "Bilder", "Illustration", "Video",
    "Grafik", "Graphic", "Credit", "Crédit", "Crédits", "写真", "撮影", "图", "圖", "摄影",
    "攝影", "图片", "圖片", "视频", "Фото",
)

# Korean surnames (single and double syllable): the first syllable(s) of a 2-4 syllable name.
KO_SURNAMES: tuple[str, ...] = (
    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절",
    *(
        "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진"
        "나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
        "예경봉사부봉탄라승견당상가태빈호형두감음좌계운섭피란형범"
    ),
)

# Hangul words that precede 기자 in prose and are not names (checked after the surname test).
KO_NOT_NAMES: tuple[str, ...] = (
    "내외신", "외신", "현장", "취재", "사진", "방송", "신문", "담당", "출입", "전직", "현직",
    "동료", "한국", "미국", "일본", "중국", "여성", "남성", "기존", "소속", "해당", "일부",
    "다수", "모든", "각국", "국내", "해외", "경제", "정치", "사회", "문화", "연예", "스포츠",
    "수습", "인턴", "선배", "후배", "이번", "당시", "지역", "경찰", "정부", "이날", "전문",
    "대통령", "장관", "의원", "교수", "관계자", "최근", "고발", "영상", "촬영", "기상",
    "사진기자", "조선", "동아", "중앙", "한겨레", "경향", "연합", "뉴스", "보도", "이날",
    "구독", "다른", "관련", "전체", "인기", "우리", "이들", "한편", "또한", "제보",
)

# Words that may sit between a Korean name and its role word: outlet or desk qualifiers
# ("신명진 IP노믹스 기자", "곽경민 한경닷컴 연예이슈팀 기자", "한소라 온라인 뉴스 기자").
KO_QUALIFIER_ENDINGS: tuple[str, ...] = ("팀", "부", "국", "센터", "데스크", "닷컴", "뉴스", "온라인",
                                         "디지털", "스타", "본부", "취재반", "에디터")

# What may follow a Korean byline on its line: UI words of the author box, date labels.
KO_BYLINE_TRAILERS: tuple[str, ...] = (
    "이메일 보내기", "이메일보내기", "이메일", "다른 기사 보기", "다른기사 보기", "다른기사",
    "다른 기사", "기사 모음", "기사모음", "구독하기", "구독", "기자 구독", "사진", "프로필",
    "응원하기", "기자페이지", "기자 페이지", "좋아요", "기자님", "제보", "팔로우", "SNS",
    "입니다", "기자의 다른기사", "기자의 기사 모음", "페이스북", "트위터", "카카오톡",
)
# Date labels that follow a Korean byline on the same line ("홍길동 기자 | 입력 2020.10.20").
DATE_LINE_WORDS_KO: tuple[str, ...] = (
    "기사입력", "입력", "수정", "최종수정", "등록", "승인", "송고", "작성", "업데이트", "기사승인",
)

# Korean desk words: a name ending in one of these is a desk, not a person (디지털뉴스부, 산업경제팀).
KO_DESK_SUFFIXES: tuple[str, ...] = ("뉴스부", "편집부", "취재부", "팀", "부", "국", "센터",
                                     "데스크", "뉴스룸", "취재반", "특별취재반", "편집국")

# Desk / staff names in Latin scripts (role "desk").
DESK_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Staff", "Reuters Staff", "AP Staff", "Staff Reports", "Staff Report", "News Desk",
           "Newsdesk", "Web Desk", "Editorial Staff", "Editorial Team", "Editorial Board",
           "The Editorial Board", "The Associated Press", "Associated Press", "Reuters",
           "Bloomberg", "AFP", "Agence France-Presse", "Staff and agencies", "Agencies",
           "Press Association", "PA", "CNN Wire", "Wire Services", "Digital Desk", "Fox News",
           "NBC News", "CBS News", "ABC News", "Sky News", "BBC News", "CNN"),
    "de": ("Redaktion", "Die Redaktion", "dpa", "AFP", "Reuters", "epd", "KNA", "red", "APA",
           "SDA", "Onlineredaktion", "Online-Redaktion"),
    "fr": ("La rédaction", "La Rédaction", "Rédaction", "AFP", "Reuters"),
    "es": ("Redacción", "EFE", "Europa Press", "Agencias"),
    "pt": ("Redação", "Lusa", "Agência Brasil"),
    "it": ("Redazione", "ANSA", "Adnkronos"),
    "nl": ("Redactie", "ANP"),
    "id": ("Redaksi", "Tim Redaksi", "Antara"),
}

# Wire agencies, per language, for datelines: "(서울=연합뉴스)", "SEOUL (Reuters) -", "【ワシントン＝共同】".
AGENCIES: dict[str, tuple[str, ...]] = {
    "ko": ("연합뉴스", "뉴스1", "뉴시스", "뉴스핌", "연합뉴스TV", "이데일리", "머니투데이",
           "뉴스웍스", "노컷뉴스", "아시아투데이", "헤럴드경제", "뉴스토마토", "파이낸셜뉴스",
           "서울경제", "한국경제", "매일경제", "조선비즈", "이투데이", "데일리안", "신화", "로이터",
           "AP", "AFP", "블룸버그"),
    "ja": ("共同", "時事", "共同通信", "時事通信", "ロイター", "ＡＦＰ", "AFP", "ＡＰ", "AP",
           "新華社", "聯合", "ブルームバーグ", "ＥＰＡ", "EPA"),
    "zh": ("新华社", "新華社", "中新社", "中新网", "中新網", "中央社", "人民网", "人民網", "央视网",
           "央視網", "本报", "本報", "路透社", "美联社", "法新社"),
    "en": ("Reuters", "AP", "AFP", "CNN", "Bloomberg", "UPI", "Yonhap", "Kyodo", "Xinhua",
           "IANS", "PTI", "ANI", "dpa", "DPA", "Anadolu", "PA", "CP", "AAP", "Jiji", "TASS",
           "The Conversation", "PRNewswire", "Business Wire", "GLOBE NEWSWIRE", "BUSINESS WIRE",
           "Associated Press", "Agence France-Presse", "Press Association", "Canadian Press",
           "Australian Associated Press", "Press Trust of India", "Kyodo News", "Anadolu Agency"),
    "de": ("dpa", "AFP", "Reuters", "AP", "epd", "KNA", "APA", "SDA", "sid", "dts", "ddp",
           "SID", "dpa-AFX", "Reuters/dpa"),
    "fr": ("AFP", "Reuters", "AP", "Belga"),
    "es": ("EFE", "Europa Press", "AFP", "Reuters", "AP"),
    "pt": ("Lusa", "Agência Brasil", "Reuters", "AFP"),
    "it": ("ANSA", "Adnkronos", "AGI", "LaPresse"),
    "ru": ("ТАСС", "РИА Новости", "Интерфакс"),
}

# Places that look like dateline places but are picture credits: "(사진=연합뉴스)", "[AP=연합뉴스]".
NOT_DATELINE_PLACES: tuple[str, ...] = (
    "사진", "사진제공", "자료사진", "그래픽", "AP", "EPA", "AFP", "UPI", "로이터", "신화",
    "게티이미지", "게티이미지코리아", "게티이미지뱅크", "연합뉴스", "뉴스1", "뉴시스", "영상",
    "출처", "제공", "편집", "자료", "사진출처", "이미지", "일러스트", "캡처", "화면캡처",
    "AP연합뉴스", "EPA연합뉴스", "AFP연합뉴스", "로이터연합뉴스", "Reuters", "신화연합뉴스",
    "写真", "图", "圖",
)


# ---------------------------------------------------------------------------------------------
# Language identification.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LanguageRule:
    """One language the detector can answer: its script and, for shared scripts, its words."""

    id: str
    """Stable rule id (``lang-<code>``)."""
    lang: str
    """ISO 639-1 code the rule answers."""
    script: str
    """The script bucket (see ``newsparse.language.SCRIPT_RANGES``) the language is written in."""
    note: str
    words: tuple[str, ...] = ()
    """Frequent function words (lower case). Scored only among languages of the same script."""
    letters: str = ""
    """Letters that are characteristic of the language within its script (a bonus)."""
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()


LANGUAGE_RULES: tuple[LanguageRule, ...] = (
    LanguageRule(
        "lang-ko", "ko", "hangul", "Hangul syllables decide Korean on their own.",
        must_match=("정부는 20일 오전 서울에서 회의를 열고 대책을 발표했다고 밝혔다.",),
        must_not_match=("政府は20日、東京で会議を開き、対策を発表した。",),
    ),
    LanguageRule(
        "lang-ja", "ja", "kana", "Any real share of kana means Japanese, even among many Han.",
        must_match=("政府は20日、東京で会議を開き、対策を発表したと明らかにした。",),
        must_not_match=("国务院20日在北京召开会议，发布了相关政策。",),
    ),
    LanguageRule(
        "lang-zh", "zh", "han", "Han without kana or Hangul is Chinese (both scripts).",
        must_match=("国务院20日在北京召开常务会议，部署进一步做好稳就业工作。",
                    "行政院20日在台北召開會議，宣布相關措施。"),
        must_not_match=("정부는 20일 회의를 열었다.",),
    ),
    LanguageRule(
        "lang-ru", "ru", "cyrillic", "Russian: ы, э, ё and its function words.",
        words=("и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "для", "он", "она",
               "а", "к", "о", "от", "его", "но", "так", "же", "было", "года", "также", "только"),
        letters="ыэё",
        must_match=("Президент заявил, что правительство не будет менять план в этом году.",),
        must_not_match=("Президент заявив, що уряд не змінюватиме план цього року, і це відомо.",),
    ),
    LanguageRule(
        "lang-uk", "uk", "cyrillic", "Ukrainian: і, ї, є, ґ and its function words.",
        words=("і", "й", "в", "у", "не", "на", "що", "з", "до", "це", "як", "для", "та", "від",
               "його", "але", "також", "року", "який", "яка", "ще", "вже", "при"),
        letters="іїєґ",
        must_match=("Президент заявив, що уряд не змінюватиме план цього року, і це відомо.",),
        must_not_match=("Президент заявил, что правительство не будет менять план в этом году.",),
    ),
    LanguageRule(
        "lang-bg", "bg", "cyrillic", "Bulgarian: ъ as a vowel, no ы/э, articles -та/-то.",
        words=("и", "на", "в", "за", "да", "се", "е", "не", "от", "че", "с", "по", "са", "ще",
               "които", "това", "като", "който", "които", "или", "при", "след"),
        letters="ъ",
        must_match=("Министърът каза, че правителството ще представи плана си през седмицата.",),
    ),
    LanguageRule(
        "lang-el", "el", "greek", "Greek script is Greek.",
        must_match=("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.",),
    ),
    LanguageRule(
        "lang-ar", "ar", "arabic", "Arabic script; Persian and Urdu are told apart by letters.",
        words=("في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان",
               "قال", "وقد", "بين", "ما", "لا"),
        must_match=("قال الرئيس إن الحكومة ستعلن عن خطة جديدة في الأسبوع المقبل.",),
        must_not_match=("رئیس جمهور گفت که دولت برنامه جدیدی را در هفته آینده اعلام می کند.",),
    ),
    LanguageRule(
        "lang-fa", "fa", "arabic", "Persian: پ چ ژ گ ی and its function words.",
        words=("و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "می",
               "تا", "شده", "بود", "های", "کرد", "شد"),
        letters="پچژگیک",
        must_match=("رئیس جمهور گفت که دولت برنامه جدیدی را در هفته آینده اعلام می کند.",),
        must_not_match=("قال الرئيس إن الحكومة ستعلن عن خطة جديدة في الأسبوع المقبل.",),
    ),
    LanguageRule(
        "lang-ur", "ur", "arabic", "Urdu: ے ں ٹ ڈ ڑ and its function words.",
        words=("کے", "میں", "کی", "ہے", "اور", "سے", "کو", "نے", "پر", "کہ", "یہ", "ہیں",
               "تھا", "بھی"),
        letters="ےںٹڈڑھ",
        must_match=("وزیر اعظم نے کہا ہے کہ حکومت اگلے ہفتے نئی پالیسی کا اعلان کرے گی۔",),
    ),
    LanguageRule("lang-he", "he", "hebrew", "Hebrew script is Hebrew.",
                 must_match=("הממשלה הודיעה היום על צעדים חדשים בכלכלה.",)),
    LanguageRule("lang-hi", "hi", "devanagari", "Devanagari is read as Hindi (mr, ne are rarer).",
                 must_match=("सरकार ने आज अर्थव्यवस्था के लिए नए उपायों की घोषणा की।",)),
    LanguageRule("lang-bn", "bn", "bengali", "Bengali script is Bengali.",
                 must_match=("সরকার আজ অর্থনীতির জন্য নতুন পদক্ষেপ ঘোষণা করেছে।",)),
    LanguageRule("lang-gu", "gu", "gujarati", "Gujarati script is Gujarati.",
                 must_match=("સરકારે આજે અર્થતંત્ર માટે નવા પગલાંની જાહેરાત કરી.",)),
    LanguageRule("lang-pa", "pa", "gurmukhi", "Gurmukhi script is Punjabi.",
                 must_match=("ਸਰਕਾਰ ਨੇ ਅੱਜ ਨਵੇਂ ਕਦਮਾਂ ਦਾ ਐਲਾਨ ਕੀਤਾ।",)),
    LanguageRule("lang-ta", "ta", "tamil", "Tamil script is Tamil.",
                 must_match=("அரசு இன்று புதிய நடவடிக்கைகளை அறிவித்தது.",)),
    LanguageRule("lang-te", "te", "telugu", "Telugu script is Telugu.",
                 must_match=("ప్రభుత్వం ఈ రోజు కొత్త చర్యలను ప్రకటించింది.",)),
    LanguageRule("lang-th", "th", "thai", "Thai script is Thai.",
                 must_match=("รัฐบาลประกาศมาตรการใหม่สำหรับเศรษฐกิจในวันนี้",)),
    LanguageRule("lang-ka", "ka", "georgian", "Georgian script is Georgian.",
                 must_match=("მთავრობამ დღეს ეკონომიკისთვის ახალი ზომები გამოაცხადა.",)),
    LanguageRule("lang-hy", "hy", "armenian", "Armenian script is Armenian.",
                 must_match=("Կառավարությունն այսօր նոր միջոցառումներ հայտարարեց։",)),
    LanguageRule(
        "lang-en", "en", "latin", "English function words.",
        words=("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with",
               "he", "as", "be", "at", "by", "this", "have", "from", "are", "has", "said",
               "were", "which", "will", "their", "been", "would", "they", "its", "but", "not",
               "an", "who", "after", "about", "more", "we", "you"),
        must_match=("The government said on Tuesday that it would announce new measures for the "
                    "economy, which has been hit by the pandemic.",),
        must_not_match=("Die Regierung hat am Dienstag angekündigt, dass sie neue Maßnahmen für "
                        "die Wirtschaft vorstellen wird.",),
    ),
    LanguageRule(
        "lang-de", "de", "latin", "German function words; ä ö ü ß.",
        words=("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf",
               "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an",
               "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer",
               "um", "am", "sind", "noch", "wie", "einem", "über", "so", "zum", "wir", "oder",
               "ich", "vor", "zur", "bis", "mehr", "durch", "man", "sein", "wurde", "aber"),
        letters="äöüß",
        must_match=("Die Regierung hat am Dienstag angekündigt, dass sie neue Maßnahmen für die "
                    "Wirtschaft vorstellen wird.",),
        must_not_match=("De regering heeft dinsdag aangekondigd dat zij nieuwe maatregelen voor "
                        "de economie zal presenteren.",),
    ),
    LanguageRule(
        "lang-fr", "fr", "latin", "French function words.",
        words=("de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est",
               "pour", "qui", "dans", "a", "par", "plus", "pas", "au", "sur", "ne", "se", "ce",
               "il", "sont", "avec", "aux", "son", "sa", "mais", "ont", "été", "cette", "nous",
               "vous", "elle", "ou", "leur", "comme"),
        letters="éèêàçùœ",
        must_match=("Le gouvernement a annoncé mardi de nouvelles mesures pour l'économie, qui "
                    "sont attendues par les entreprises.",),
        must_not_match=("El gobierno anunció el martes nuevas medidas para la economía, que son "
                        "esperadas por las empresas.",),
    ),
    LanguageRule(
        "lang-es", "es", "latin", "Spanish function words; ñ, ¿, ¡.",
        words=("de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un",
               "para", "con", "no", "una", "su", "al", "lo", "como", "más", "pero", "sus",
               "le", "ya", "o", "este", "fue", "ha", "sí", "porque", "esta", "son", "entre",
               "cuando", "muy", "sin", "sobre", "también", "hasta", "desde", "está"),
        letters="ñ¿¡",
        must_match=("El gobierno anunció el martes nuevas medidas para la economía, que son "
                    "esperadas por las empresas.",),
        must_not_match=("O governo anunciou na terça-feira novas medidas para a economia, que "
                        "são esperadas pelas empresas.",),
    ),
    LanguageRule(
        "lang-pt", "pt", "latin", "Portuguese function words; ã õ ç.",
        words=("de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não",
               "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi",
               "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito",
               "nos", "já", "está", "também", "pelo", "pela", "até", "isso", "ela", "entre",
               "depois", "sem", "mesmo", "aos", "são", "pelas", "pelos"),
        letters="ãõç",
        must_match=("O governo anunciou na terça-feira novas medidas para a economia, que são "
                    "esperadas pelas empresas.",),
        must_not_match=("El gobierno anunció el martes nuevas medidas para la economía, que son "
                        "esperadas por las empresas.",),
    ),
    LanguageRule(
        "lang-it", "it", "latin", "Italian function words.",
        words=("di", "e", "il", "la", "che", "è", "per", "un", "in", "del", "non", "una", "a",
               "sono", "le", "della", "con", "i", "da", "si", "dei", "nel", "al", "alla", "anche",
               "gli", "come", "più", "ma", "lo", "delle", "questo", "sul", "nella", "ha",
               "dal", "degli", "ci", "essere", "stato", "stata", "loro"),
        letters="èìò",
        must_match=("Il governo ha annunciato martedì nuove misure per l'economia, che sono "
                    "attese dalle imprese.",),
        must_not_match=("Le gouvernement a annoncé mardi de nouvelles mesures pour l'économie.",),
    ),
    LanguageRule(
        "lang-nl", "nl", "latin", "Dutch function words; ij.",
        words=("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor",
               "met", "die", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar",
               "naar", "over", "worden", "wordt", "heeft", "nog", "ze", "zal", "uit", "dan",
               "hun", "werd", "kan", "wel", "geen", "deze", "tot"),
        must_match=("De regering heeft dinsdag aangekondigd dat zij nieuwe maatregelen voor de "
                    "economie zal presenteren.",),
        must_not_match=("Die Regierung hat am Dienstag angekündigt, dass sie neue Maßnahmen für "
                        "die Wirtschaft vorstellen wird.",),
    ),
    LanguageRule(
        "lang-id", "id", "latin", "Indonesian / Malay function words.",
        words=("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak",
               "akan", "pada", "juga", "ke", "ada", "oleh", "karena", "atau", "mereka",
               "bahwa", "sudah", "telah", "saat", "kata", "bisa", "lebih", "para", "sebagai",
               "kami", "menjadi", "adalah", "tersebut"),
        must_match=("Pemerintah mengumumkan langkah baru untuk ekonomi yang akan diterapkan pada "
                    "bulan depan, kata menteri.",),
    ),
    LanguageRule(
        "lang-pl", "pl", "latin", "Polish function words; ą ę ł ś ź ż ń.",
        words=("i", "w", "nie", "na", "się", "z", "do", "że", "to", "jest", "o", "jak", "a",
               "po", "od", "za", "co", "ale", "przez", "dla", "tym", "być", "czy", "tak",
               "jego", "oraz", "które", "który", "została", "został"),
        letters="ąęłśźżń",
        must_match=("Rząd ogłosił we wtorek nowe środki dla gospodarki, które zostaną "
                    "wprowadzone w przyszłym miesiącu.",),
    ),
    LanguageRule(
        "lang-tr", "tr", "latin", "Turkish function words; ı ğ ş.",
        words=("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi",
               "en", "ne", "o", "olan", "kadar", "sonra", "ancak", "her", "değil", "ise",
               "göre", "oldu", "olduğu"),
        letters="ığş",
        must_match=("Hükümet salı günü ekonomi için yeni önlemler açıkladı ve bu önlemler gelecek "
                    "ay uygulanacak.",),
    ),
    LanguageRule(
        "lang-sv", "sv", "latin", "Swedish function words; å ä ö.",
        words=("och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
               "den", "har", "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig",
               "från", "vi", "så", "kan", "efter", "också", "under"),
        letters="åäö",
        must_match=("Regeringen meddelade på tisdagen att den kommer att presentera nya åtgärder "
                    "för ekonomin.",),
    ),
    LanguageRule(
        "lang-da", "da", "latin", "Danish function words; æ ø å.",
        words=("og", "i", "at", "det", "en", "den", "til", "er", "som", "på", "de", "med",
               "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om",
               "vi", "fra", "efter", "også", "skal", "blev", "kan"),
        letters="æøå",
        must_match=("Regeringen meddelte tirsdag, at den vil fremlægge nye tiltag for økonomien "
                    "efter sommeren.",),
    ),
    LanguageRule(
        "lang-fi", "fi", "latin", "Finnish function words.",
        words=("ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "myös", "tai",
               "ovat", "jo", "nyt", "sen", "vain", "voi", "jos", "mukaan", "kuin", "joka"),
        must_match=("Hallitus ilmoitti tiistaina, että se esittelee uusia toimia talouden tueksi "
                    "ja että ne ovat valmiina pian.",),
    ),
    LanguageRule(
        "lang-cs", "cs", "latin", "Czech function words; ř ě ů.",
        words=("a", "se", "v", "na", "je", "že", "s", "z", "do", "to", "o", "k", "ve", "pro",
               "by", "jako", "ale", "jsou", "byl", "bylo", "také", "podle", "který", "která"),
        letters="řěů",
        must_match=("Vláda v úterý oznámila, že představí nová opatření pro ekonomiku, která "
                    "budou platit od příštího měsíce.",),
    ),
    LanguageRule(
        "lang-ro", "ro", "latin", "Romanian function words; ă ș ț.",
        words=("și", "în", "de", "la", "a", "cu", "pe", "că", "nu", "din", "o", "un", "este",
               "pentru", "care", "mai", "sunt", "fost", "au", "se", "ca", "sau", "acest"),
        letters="ășțâî",
        must_match=("Guvernul a anunțat marți noi măsuri pentru economie, care vor fi aplicate "
                    "de luna viitoare.",),
    ),
    LanguageRule(
        "lang-hu", "hu", "latin", "Hungarian function words; ő ű.",
        words=("a", "az", "és", "hogy", "nem", "is", "egy", "meg", "el", "de", "van", "csak",
               "már", "még", "volt", "mint", "ez", "azt", "pedig", "után", "szerint"),
        letters="őű",
        must_match=("A kormány kedden bejelentette, hogy új intézkedéseket vezet be a gazdaság "
                    "számára, és ez már biztos.",),
    ),
    LanguageRule(
        "lang-vi", "vi", "latin", "Vietnamese: tone marks and its function words.",
        words=("và", "của", "có", "là", "được", "cho", "không", "người", "những", "các",
               "trong", "này", "với", "một", "đã", "để", "khi", "đến", "từ", "theo"),
        letters="ươăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        must_match=("Chính phủ đã công bố các biện pháp mới cho nền kinh tế vào thứ Ba, theo "
                    "thông báo của bộ.",),
    ),
    LanguageRule(
        "lang-ca", "ca", "latin", "Catalan function words.",
        words=("de", "la", "i", "el", "que", "a", "en", "les", "els", "per", "amb", "una", "del",
               "al", "no", "es", "és", "ha", "com", "més", "seu", "però", "aquest", "dels"),
        letters="ŀ",
        must_match=("El govern ha anunciat dimarts noves mesures per a l'economia, que són "
                    "esperades per les empreses i els treballadors.",),
    ),
    LanguageRule(
        "lang-hr", "hr", "latin", "Croatian / Bosnian / Serbian (Latin) function words.",
        words=("i", "je", "u", "na", "se", "da", "za", "su", "od", "s", "koji", "što", "kao",
               "iz", "a", "ali", "to", "će", "bi", "nije", "koja", "sa", "ili", "biti"),
        letters="čćđšž",
        must_match=("Vlada je u utorak objavila nove mjere za gospodarstvo, koje će se "
                    "primjenjivati od sljedećeg mjeseca.",),
    ),
    LanguageRule(
        "lang-tl", "tl", "latin", "Tagalog function words.",
        words=("ang", "ng", "sa", "na", "at", "mga", "ay", "si", "ni", "para", "hindi", "ito",
               "kay", "nang", "din", "rin", "mga"),
        must_match=("Inanunsyo ng pamahalaan ang mga bagong hakbang para sa ekonomiya ngayong "
                    "araw, ayon sa kalihim.",),
    ),
    LanguageRule(
        "lang-sq", "sq", "latin", "Albanian function words; ë ç.",
        words=("të", "e", "në", "dhe", "i", "një", "për", "me", "që", "nga", "është", "se",
               "u", "ka", "do", "më", "por", "si", "janë", "ishte"),
        letters="ë",
        must_match=("Qeveria njoftoi të martën masa të reja për ekonominë, që do të zbatohen nga "
                    "muaji i ardhshëm.",),
    ),
    LanguageRule(
        "lang-et", "et", "latin", "Estonian function words; õ ä ö ü.",
        words=("ja", "on", "ei", "et", "see", "oli", "ka", "kui", "mis", "aga", "ta", "nii",
               "oma", "või", "veel", "pärast", "kes", "siis", "ning", "seda"),
        letters="õ",
        must_match=("Valitsus teatas teisipäeval, et ta esitleb majanduse jaoks uusi meetmeid "
                    "ning need on juba valmis.",),
    ),
    LanguageRule(
        "lang-lt", "lt", "latin", "Lithuanian function words; ė ų ū į š ž.",
        words=("ir", "kad", "yra", "į", "su", "o", "bet", "iš", "tai", "kaip", "jo", "buvo",
               "ne", "dėl", "po", "nuo", "jau", "ar", "taip", "tik"),
        letters="ėųūį",
        must_match=("Vyriausybė antradienį paskelbė naujas priemones ekonomikai, kurios bus "
                    "taikomos nuo kito mėnesio, ir tai jau aišku.",),
    ),
)


# fmt: on
