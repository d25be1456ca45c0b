"""Whole-line UI rules: lines that consist only of interface words are boilerplate.

A line matches a table when, squashed (case-folded, spaces and punctuation removed, see
``rules.squash``), it is made up entirely of that language's phrases from the tables below,
optionally with digit counters between them (``댓글 0``, ``Comments 12``). The reason is the one
of the first phrase on the line, so ``HOT ISSUE더보기`` is a list header, not a nav word.

What these rules must not catch: a sentence that merely contains a UI word (``무단 전재를 금지한
약관도 논란이다``, ``He shared the print with me.``). Whole-line composition guarantees that, since
prose always leaves a residue that is no phrase.

Phrases are per language (``lang``) so that tables can be extended language by language; all
tables apply to every page, since pages mix languages (English menus on Korean sites).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsparse import regex_cache as rx
from newsparse.model import Reason
from newsparse.rules import (
    ASCII_LOWER,
    ASCII_SPACE_PUNCT,
    SPACE_PUNCT_CLASS,
    anchored_superset,
    first_characters,
    required_literals,
    squash,
    trie_alternation,
)
from newsparse.rules.prose import ends_sentence


@dataclass(frozen=True, slots=True)
class PhraseTable:
    id: str
    """Stable rule id (shown nowhere but tests; the reason is what users see)."""
    reason: Reason
    lang: str
    """ISO 639-1 code, or '*' for phrases that are the same in every language."""
    phrases: tuple[str, ...]
    note: str
    examples: tuple[str, ...]
    """Whole lines that must match."""
    counterexamples: tuple[str, ...]
    """Lines that must not match."""


# Word tables read better as lines of phrases than as one phrase a line.
# fmt: off
TABLES: tuple[PhraseTable, ...] = (
    # ---------------------------------------------------------------- Korean
    PhraseTable(
        "ko-share", Reason.SHARE, "ko",
        ("공유하기", "공유", "이 기사를 공유합니다", "SNS 기사보내기", "기사보내기", "페이스북", "트위터",
         "카카오톡", "카카오스토리", "밴드", "네이버블로그", "URL복사", "URL 복사", "링크 복사하기", "링크복사",
         "기사 메일전송", "메일전송", "이메일보내기", "이메일 보내기", "메일보내기", "인쇄", "인쇄하기",
         "프린트", "프린트하기", "글자크기", "글자 크기", "글자확대", "글자축소", "글씨 크기", "본문 글씨 키우기",
         "본문 글씨 줄이기", "스크랩", "기사수정", "좋아요", "싫어요", "댓글", "댓글쓰기", "추천", "북마크",
         "닫기", "복사", "공유 닫기", "가", "텍스트 크기 조절", "번역", "기사저장", "기사 저장", "듣기",
         "음성으로 듣기", "저장", "신고", "구독하기", "기사 공유", "카카오톡 공유", "페이스북 공유",
         "트위터 공유", "페이스북 공유하기", "트위터 공유하기", "카카오톡 공유하기", "네이버 공유"),
        "article tools under or over the article (share, print, mail, font size, counters)",
        ("기사 메일전송", "기사수정", "인쇄", "댓글 0", "SNS 기사보내기", "페이스북 트위터 카카오톡", "본문 글씨 키우기"),
        ("관악구가 카카오톡 채널을 운영한다.", "인쇄 산업이 살아나고 있다"),
    ),
    PhraseTable(
        "ko-nav", Reason.NAV, "ko",
        ("HOME", "홈", "전체메뉴", "전체 메뉴", "메뉴", "이전 기사", "다음 기사", "이전기사", "다음기사", "목록",
         "목록 바로가기", "맨위로", "맨 위로", "위로", "TOP", "모바일 버전 바로가기", "모바일버전", "PC 버전",
         "PC버전", "로그인", "로그아웃", "회원가입", "검색", "본문 바로가기", "메뉴 바로가기", "푸터 바로가기",
         "바로가기", "더보기", "더 보기", "전체보기", "이전", "다음", "오늘 하루 열지 않기", "마이페이지",
         "사이트맵", "기사검색", "검색어 입력", "검색창 닫기", "검색창 숨기기", "정치", "경제", "사회", "문화",
         "국제", "스포츠", "연예", "오피니언", "전국", "지역", "날씨", "라이프", "IT·과학", "생활", "건강",
         "뉴스", "속보", "전체", "기사", "포토", "영상", "동영상", "섹션", "뒤로", "뒤로가기", "앞으로",
         "이슈", "사설", "칼럼", "기획", "인물", "피플", "부고", "정정보도", "다시보기", "편성표", "제보",
         "재난포털", "취소", "확인", "선택", "방송", "라디오", "TV", "ON AIR", "LIVE", "닫기 버튼",
         "현재 위치", "현재위치", "사이트 검색", "검색 입력"),
        "site menus, section links and page navigation (``현재 위치`` labels breadcrumbs)",
        ("목록 바로가기", "모바일 버전 바로가기", "HOME > 사회", "정치 경제 사회", "본문 바로가기"),
        ("정치권이 목록을 공개했다.", "다음 주 날씨는 맑겠다."),
    ),
    PhraseTable(
        "ko-list-header", Reason.LIST_HEADER, "ko",
        ("관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "키워드 관련기사", "많이 본 뉴스", "많이 본 기사",
         "많이본뉴스", "가장 많이 본 뉴스", "주요뉴스", "주요 뉴스", "주요기사", "최신기사", "최신 기사",
         "최신뉴스", "실시간 뉴스", "HOT ISSUE", "추천기사", "추천 기사", "추천뉴스", "인기기사", "인기 기사",
         "인기뉴스", "기자의 다른기사", "다른기사 보기", "다른 기사 보기", "이 시각 주요뉴스", "오늘의 주요뉴스",
         "포토뉴스", "랭킹뉴스", "베스트 클릭", "이슈 NOW", "헤드라인", "함께 볼만한 뉴스",
         "이 기사와 함께 많이 본 뉴스", "에디터 추천", "핫이슈", "화제의 뉴스", "연관기사", "연재",
         "이 기사를 본 사람들이 함께 본 기사", "오늘의 핫 클릭", "댓글 많은 뉴스"),
        "headers of 'most read' / related lists; the items under them are a list, not body",
        ("많이 본 뉴스더보기", "HOT ISSUE더보기", "관련기사", "키워드 관련기사"),
        ("관련 기사를 쓴 기자는 해명했다.",),
    ),
    PhraseTable(
        "ko-footer", Reason.FOOTER, "ko",
        ("국민신문고", "개인정보처리방침", "개인정보 처리방침", "개인정보취급방침", "청소년보호정책",
         "청소년 보호정책", "이메일무단수집거부", "이메일 무단수집 거부", "이용약관", "회사소개", "광고문의",
         "제휴문의", "고충처리인", "윤리강령", "편집규약", "독자권익보호위원회", "저작권보호정책", "고객센터",
         "찾아오시는 길", "구독신청", "기사제보", "제보하기", "정정보도 청구", "RSS", "채용정보", "인터넷신문위원회"),
        "site footer links",
        ("국민신문고", "개인정보처리방침 청소년보호정책 이메일무단수집거부"),
        ("국민신문고를 통해 민원이 접수됐다.",),
    ),
    PhraseTable(
        "ko-promo", Reason.PROMO, "ko",
        ("구독", "뉴스레터", "뉴스레터 구독", "기사제보", "제보하기", "구독 신청", "앱 다운로드", "광고",
         "AD", "네이버 구독", "채널 추가", "채널 구독", "Daum 구독"),
        "subscription and tip-off calls, ads",
        ("뉴스레터 구독", "기사제보"),
        ("구독자가 늘었다고 밝혔다.",),
    ),
    # ---------------------------------------------------------------- English
    PhraseTable(
        "en-share", Reason.SHARE, "en",
        ("share", "share this", "share this article", "share this story", "share on facebook",
         "share on twitter", "share on linkedin", "share on whatsapp", "share via email", "tweet",
         "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "email", "e-mail",
         "print", "print this", "print article", "copy link", "copy url", "link copied", "comments",
         "comment", "save", "save article", "bookmark", "like", "text size", "font size",
         "listen", "listen to this article", "gift article", "flipboard", "messenger", "x",
         "share article", "show comments", "view comments", "add comment", "close", "reprints",
         "more sharing options", "share full article", "leave a comment", "post a comment",
         "story saved", "save story", "saved", "min read", "minute read", "minutes read",
         "email this to someone", "email this", "tweet about this on twitter", "enlarge image",
         "enlarge this image", "toggle caption", "hide caption"),
        "share/print/mail buttons and article tools",
        ("Share this article", "Facebook Twitter Email", "Comments 12", "Print"),
        ("He said the print run was sold out.",),
    ),
    PhraseTable(
        "en-nav", Reason.NAV, "en",
        ("home", "menu", "search", "sign in", "sign up", "log in", "login", "log out", "register",
         "subscribe", "skip to content", "skip to main content", "skip to navigation", "back to top",
         "next", "previous", "next article", "previous article", "more", "see more", "show more",
         "read more", "load more", "view all", "see all", "close menu", "open menu", "sections",
         "news", "world", "business", "politics", "sport", "sports", "opinion", "tech", "technology",
         "science", "health", "entertainment", "culture", "lifestyle", "travel", "video", "videos",
         "photos", "podcasts", "podcast", "live", "weather", "markets", "economy", "u.s.", "us",
         "uk", "local", "style", "food", "arts", "books", "education", "environment", "my account",
         "account", "profile", "settings", "edition", "english", "go", "submit", "top", "latest",
         "trending", "topics", "follow", "follow us", "contact", "contact us", "about", "about us",
         "help", "faq", "newsletters", "newsletter", "sitemap", "site map", "archive", "archives",
         "more from", "toggle navigation", "navigation", "main menu", "expand", "collapse",
         "jump to", "continue reading", "watch", "listen live", "print edition", "today's paper",
         "you are here", "learn more", "back to reading", "edit preferences", "manage preferences",
         "cookie preferences", "breaking news"),
        "site menus, section links and page navigation (``You are here:`` labels breadcrumbs)",
        ("Skip to main content", "World Business Politics", "Sign In", "Read more"),
        ("The world is watching.", "Sign in to the building was required, she said."),
    ),
    PhraseTable(
        "en-list-header", Reason.LIST_HEADER, "en",
        ("related", "related articles", "related stories", "related news", "related content",
         "related coverage", "related topics", "most read", "most popular", "most viewed",
         "most shared", "popular", "popular now", "trending now", "top stories", "latest news",
         "latest stories", "recommended", "recommended for you", "you may also like",
         "you might also like", "more stories", "more news", "more on this story", "read next",
         "what to read next", "editor's picks", "editors' picks", "in other news", "around the web",
         "sponsored content", "from our partners", "more from this section", "also read",
         "see also", "don't miss", "top headlines", "latest headlines", "just in", "also on"),
        "headers of 'most read' / related lists",
        ("Most Read", "Related Articles", "You may also like"),
        ("Related charges were filed on Monday.",),
    ),
    PhraseTable(
        "en-footer", Reason.FOOTER, "en",
        ("privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions",
         "terms", "cookie policy", "cookies", "cookie settings", "manage cookies", "accessibility",
         "advertise", "advertise with us", "careers", "jobs", "corrections", "ethics",
         "code of conduct", "do not sell my personal information", "do not sell my info",
         "your privacy choices", "ad choices", "adchoices", "rss", "site index", "licensing",
         "permissions", "press", "media kit", "community guidelines", "all rights reserved"),
        "site footer links",
        ("Privacy Policy Terms of Use", "Cookie Settings"),
        ("The privacy policy was changed last week.",),
    ),
    PhraseTable(
        "en-promo", Reason.PROMO, "en",
        ("advertisement", "advertising", "ad", "sponsored", "promoted", "subscribe now",
         "subscribe today", "sign up for our newsletter", "get the newsletter", "download the app",
         "support us", "donate", "paid content", "partner content", "story continues below",
         "story continues below advertisement", "article continues below", "supported by",
         "hide ad", "thank you for signing up", "submitting", "sign up for newsletters and alerts",
         "newsletters and alerts"),
        "ads and subscription calls (and a sign-up form's own states)",
        ("Advertisement", "Story continues below advertisement"),
        ("Advertisement spending grew 5% last year.",),
    ),
    PhraseTable(
        "en-comments", Reason.COMMENTS, "en",
        ("responses", "responses to", "comments", "reply", "replies", "report", "report abuse",
         "says", "said", "wrote", "votes", "rating", "top rated comments", "join the conversation",
         "join the discussion", "leave a reply", "leave a comment", "post a comment",
         "view all comments", "show all comments", "comment policy", "sort by", "newest",
         "oldest", "best", "upvote", "downvote", "permalink", "flag", "avatar",
         "post your comment"),
        "comment sections: their headers and the tools on every comment",
        ("34 responses", "Leave a Reply", "Rating: 7 Votes", "Reply Report"),
        ("He said he would reply soon.",),
    ),
    PhraseTable(
        "ko-comments", Reason.COMMENTS, "ko",
        ("댓글", "댓글쓰기", "댓글 쓰기", "댓글보기", "댓글 보기", "답글", "답글쓰기", "공감", "비공감",
         "추천순", "최신순", "공감순", "신고하기", "댓글 운영원칙", "전체 댓글", "댓글 정렬"),
        "Korean comment sections",
        ("댓글 0", "전체 댓글 12", "최신순 공감순"),
        ("댓글이 쏟아졌다고 전했다.",),
    ),
    # ---------------------------------------------------------------- German
    PhraseTable(
        "de-ui", Reason.NAV, "de",
        ("startseite", "suche", "anmelden", "abmelden", "registrieren", "teilen", "drucken",
         "mehr", "mehr zum thema", "weiterlesen", "zurück", "weiter", "nach oben", "menü",
         "schließen", "kommentare", "kommentieren", "artikel teilen", "per mail teilen",
         "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "abo", "abonnieren",
         "newsletter", "anzeige", "werbung", "politik", "wirtschaft", "sport", "kultur",
         "panorama", "meinung", "wissen", "reise", "zum inhalt springen", "alle artikel",
         "themen", "ressorts", "video", "bilder", "fotos", "audio", "merken", "vorlesen",
         "sie befinden sich hier", "sie sind hier", "mehr erfahren", "inhaltsverzeichnis",
         "antworten", "zurück zur übersicht", "cookie-zustimmung verwalten", "lesedauer",
         "min lesedauer", "minuten lesedauer", "lesezeit", "min lesezeit", "minuten lesezeit"),
        "German menus, tools and footer links (``Sie befinden sich hier:`` labels breadcrumbs)",
        ("Startseite", "Artikel teilen", "Impressum Datenschutz Kontakt", "Sie befinden sich hier:"),
        ("Die Politik muss jetzt handeln.",),
    ),
    PhraseTable(
        "de-list-header", Reason.LIST_HEADER, "de",
        ("mehr zum thema", "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel",
         "ähnliche artikel", "verwandte artikel", "weitere artikel", "top-themen", "neueste artikel",
         "auch interessant", "empfehlungen", "lesen sie auch", "zum thema", "beliebte storys",
         "beliebte artikel"),
        "German related / most-read list headers",
        ("Mehr zum Thema", "Meistgelesen"),
        ("Mehr zum Thema wollte er nicht sagen.",),
    ),
    # ---------------------------------------------------------------- Japanese / Chinese
    PhraseTable(
        "ja-ui", Reason.NAV, "ja",
        ("ホーム", "トップ", "メニュー", "検索", "ログイン", "会員登録", "シェア", "ツイート", "印刷",
         "保存", "コメント", "次へ", "前へ", "もっと見る", "続きを読む", "一覧", "閉じる", "共有",
         "ブックマーク", "フォロー", "ニュース", "社会", "政治", "経済", "国際", "スポーツ", "エンタメ",
         "ライフ", "動画", "写真", "プライバシーポリシー", "利用規約", "お問い合わせ", "広告", "記事一覧",
         "現在位置", "現在の位置"),
        "Japanese menus and tools (``現在位置`` labels breadcrumbs)",
        ("シェア ツイート", "ホーム"),
        ("政府は検索エンジンの規制を検討している。",),
    ),
    PhraseTable(
        "ja-list-header", Reason.LIST_HEADER, "ja",
        ("関連記事", "関連ニュース", "アクセスランキング", "ランキング", "おすすめ記事", "人気記事",
         "最新記事", "注目記事", "こちらもおすすめ", "あわせて読みたい"),
        "Japanese related / ranking list headers",
        ("関連記事", "アクセスランキング"),
        ("関連記事によると、政府は方針を変えた。",),
    ),
    PhraseTable(
        "zh-ui", Reason.NAV, "zh",
        ("首页", "首頁", "登录", "登錄", "注册", "註冊", "搜索", "搜尋", "分享", "分享到", "打印", "列印",
         "收藏", "评论", "評論", "返回顶部", "返回頂部", "更多", "上一篇", "下一篇", "关闭", "關閉", "微信",
         "微博", "新闻", "新聞", "国际", "國際", "财经", "財經", "体育", "體育", "娱乐", "娛樂", "科技",
         "视频", "視頻", "图片", "圖片", "隐私政策", "隱私權政策", "联系我们", "聯絡我們", "关于我们",
         "關於我們", "广告", "廣告", "订阅", "訂閱", "当前位置", "當前位置", "您的位置", "您现在的位置",
         "您現在的位置"),
        "Chinese menus and tools (``当前位置：`` labels breadcrumbs)",
        ("分享到 微信 微博", "返回顶部"),
        ("国际社会对此表示关注。",),
    ),
    PhraseTable(
        "zh-list-header", Reason.LIST_HEADER, "zh",
        ("相关新闻", "相關新聞", "相关阅读", "相關閱讀", "热门新闻", "熱門新聞", "推荐阅读", "推薦閱讀",
         "延伸阅读", "延伸閱讀", "排行榜", "热点", "熱點", "最新新闻", "最新新聞", "猜你喜欢"),
        "Chinese related / popular list headers",
        ("相关新闻", "延伸閱讀"),
        ("相关新闻报道引起了广泛关注。",),
    ),
    # ---------------------------------------------------------------- Romance / others
    PhraseTable(
        "fr-es-pt-it-ui", Reason.NAV, "*",
        ("accueil", "rechercher", "partager", "imprimer", "connexion", "s'abonner", "abonnez-vous",
         "lire aussi", "lire la suite", "fermer", "inicio", "buscar", "compartir", "imprimir",
         "iniciar sesión", "suscríbete", "cerrar", "leer más", "início", "pesquisar", "compartilhar",
         "partilhar", "entrar", "assine", "fechar", "leia mais", "leia também", "mais lidas",
         "notícias", "home page", "cerca", "condividi", "stampa", "accedi", "abbonati", "chiudi",
         "leggi anche", "più letti", "notizie", "beranda", "cari", "bagikan", "masuk", "berita",
         "baca juga", "terpopuler", "terkini", "tutup", "komentar", "главная", "поиск",
         "поделиться", "войти", "читать также", "новости", "комментарии", "закрыть", "реклама",
         "vous êtes ici", "usted está aquí", "estás aquí", "você está aqui", "você está em",
         "sei qui", "ti trovi qui", "anda di sini", "вы здесь"),
        "menus and tools in French, Spanish, Portuguese, Italian, Indonesian, Russian (breadcrumb "
        "labels: ``Vous êtes ici :``, ``Você está aqui:``)",
        ("Partager Imprimer", "Leia também", "Baca juga", "Поделиться", "Vous êtes ici :"),
        ("Il a refusé de partager les résultats.",),
    ),
    PhraseTable(
        "fr-es-pt-it-ru-list-header", Reason.LIST_HEADER, "*",
        ("les plus lus", "les plus lus du moment", "les plus partagés", "à lire aussi",
         "a lire aussi", "sur le même sujet", "dans la même rubrique", "articles liés",
         "más leídas", "más leídos", "lo más leído", "lo más visto", "noticias relacionadas",
         "te puede interesar", "también te puede interesar", "mais vistas", "mais lidos",
         "veja também", "notícias relacionadas", "più letti oggi", "più lette", "articoli correlati",
         "potrebbe interessarti", "ti potrebbe interessare", "más noticias", "temas relacionados",
         "berita terkait", "читайте также",
         "самое читаемое", "популярное", "новости по теме", "другие новости"),
        "related / most-read list headers in French, Spanish, Portuguese, Italian, Indonesian, "
        "Russian",
        ("Les plus lus", "Lo más leído", "Notícias relacionadas", "Читайте также"),
        ("Les plus lus des journaux ont baissé leurs prix.",),
    ),
    # ---------------------------------------------------------------- every language
    PhraseTable(
        "embeds", Reason.PLACEHOLDER, "*",
        ("view this post on instagram", "sieh dir diesen beitrag auf instagram an",
         "voir cette publication sur instagram", "ver esta publicación en instagram",
         "visualizza questo post su instagram", "ver essa foto no instagram",
         "ver esta foto no instagram"),
        "the text an embedded social post leaves in a dump (the post itself is not the article)",
        ("View this post on Instagram", "Sieh dir diesen Beitrag auf Instagram an"),
        ("She said she would never view this post on Instagram again.",),
    ),
)


# fmt: on

PLACEHOLDER = rx.compile(
    r"^(?:\[(?:image|photo|img|video|iframe|picture|이미지|사진|동영상|画像|图片|Embed)[^\]]{0,40}\]\s*)+$"
    r"|^(?:\[[^\]\s]{1,60}\]\s*)+$"
    r"|^\[\s{2,}\]"
    r"|^\[(?:Submit|Search|Go|OK|검색|확인|전송)\]$"
    r"|^\[\s?[xX*]?\s?\]\s?.{0,30}$"
    r"|^(?:[\w%.+-]{1,80}\.(?:jpe?g|png|gif|webp|svg)){1,2}$",
    re.IGNORECASE,
)
"""Image and form placeholders of text dumps: ``[image]``, ``[1205182_1]`` (an image's alt
text), ``[                    ] 검색하기``, ``[Submit]``, ``[ ]오늘 하루 열지 않기``,
``airpods.jpgairpods.jpg``. Not: ``[속보] 정부, …`` (a headline tag followed by words)."""

PLACEHOLDER_EXAMPLES = (
    "[image]",
    "[1205182_1]",
    "[                    ] 검색하기",
    "[Submit]",
    "[ ]오늘 하루 열지 않기",
    "airpods-pro-2.jpgairpods-pro-2.jpg",
    "[lazy_placeholder][forca-fe]",
)
PLACEHOLDER_COUNTEREXAMPLES = ("[속보] 정부, 추경 편성 발표", "[사진] 시민들이 모였다")


COUNTER = rx.compile(r"^[\d,.\s]{1,12}$|^\(?\d{1,7}\)?$")
"""A lone number (comment or like counter, page number): ``0``, ``1,234``. A year alone (``2020``)
also counts: on its own line it is never article text."""

COUNTER_EXAMPLES = ("0", "1,234", "(12)")
COUNTER_COUNTEREXAMPLES = ("0.5% 상승", "1번 출구")


COPYRIGHT = rx.compile(
    r"(?:ⓒ|©|\(c\)|copyright|저작권자|版权所有|版權所有|著作権|無断転載|无断转载|未经授权|未經授權)"
    r"|무단\s?(?:전재|복제|배포)[^.。]{0,30}(?:재배포|배포)\s?(?:금지|불가)"
    r"|재판매\s?및\s?DB\s?금지"
    r"|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    r"|todos os direitos reservados|tutti i diritti riservati|все права защищены",
    re.IGNORECASE,
)
"""Copyright and reuse notices. Requires a copyright sign or a fixed phrase: ``무단 전재를 금지한
약관도 논란이다`` is body text. Applied only to lines that are short or at the page's edges (the
classifier decides), since prose can quote a notice."""

_COPYRIGHT_WORDS = (
    "ⓒ",
    "©",
    "(c)",
    "copyright",
    "저작권",
    "무단",
    "재판매",
    "版权",
    "版權",
    "著作権",
    "無断",
    "无断",
    "未经",
    "未經",
    "rights reserved",
    "rechte vorbehalten",
    "droits réservés",
    "derechos reservados",
    "direitos reservados",
    "diritti riservati",
    "права защищены",
)
_COPYRIGHT_HINT = rx.compile(trie_alternation(_COPYRIGHT_WORDS))
"""Literal words one of which every ``COPYRIGHT`` match contains, searched on the case-folded
line first: a trie of literals is cheap, the full pattern is not."""


def is_copyright(text: str) -> bool:
    """True for a copyright or reuse notice (see ``COPYRIGHT``)."""
    return bool(_COPYRIGHT_HINT.search(text.casefold())) and bool(COPYRIGHT.search(text))


COPYRIGHT_EXAMPLES = (
    "[저작권자(c) YTN & YTN PLUS 무단전재 및 재배포 금지]",
    "<저작권자ⓒ 공감언론 뉴시스통신사 무단전재-재배포 금지.>",
    "Copyright © 2020 Example Media. All rights reserved.",
    "*재판매 및 DB 금지",
    "無断転載を禁止します",
)
COPYRIGHT_COUNTEREXAMPLES = ("무단 전재를 금지한 약관도 논란이다", "The copy was right, he said.")


class _WordTrie:
    """Finds any of ``words`` in a case-folded line; Latin words must stand alone (``use`` is
    not in ``because``), words of other scripts may carry particles (``브라우저에서``).

    The trie is searched without look-arounds (they slow every position down); the rare hits
    are checked for word boundaries afterwards."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.pattern = rx.compile(trie_alternation(words))

    def search(self, folded: str) -> bool:
        for match in self.pattern.finditer(folded):
            word = match.group(0)
            if not word.isascii():
                return True
            start, end = match.span()
            before = folded[start - 1] if start else " "
            after = folded[end] if end < len(folded) else " "
            if not (before.isascii() and before.isalpha()) and not (
                after.isascii() and after.isalpha()
            ):
                return True
        return False


_NOTICE_WORDS = (
    "cookie",
    "cookies",
    "쿠키",
    "javascript",
    "자바스크립트",
    "internet explorer",
    "인터넷 익스플로러",
    "브라우저",
    "browser",
    "광고 차단",
    "adblock",
    "ad blocker",
    "플래시 플레이어",
    "flash player",
)
NOTICE = _WordTrie(_NOTICE_WORDS)
NOTICE_ACTION = _WordTrie(
    (
        "accept",
        "consent",
        "agree",
        "enable",
        "disable",
        "update",
        "upgrade",
        "supported",
        "support",
        "use",
        "uses",
        "continue",
        "settings",
        "required",
        "allow",
        "opt-out",
        "동의",
        "허용",
        "업그레이드",
        "설치",
        "지원",
        "최적화",
        "권장",
        "종료",
        "설정",
    )
)
"""Browser and cookie notices, searched on the case-folded line: a notice names the thing
(cookies, JavaScript, the browser) and asks for an action (accept, enable, upgrade). An article
line that mentions a browser ("streamed to your browser") names no action. Applied only to
lines of modest length (the classifier's NOTICE_MAX_WEIGHT)."""

NOTICE_EXAMPLES = (
    "This website uses cookies to improve your experience.",
    "현재 브라우저 버전에서는 서비스가 원할하지 않습니다. 브라우저 업그레이드 해주세요.",
    "Please enable JavaScript to view the comments.",
)
NOTICE_COUNTEREXAMPLES = (
    "The game is streamed to your browser in 4K.",
    "It runs at 60fps in the Chrome browser because Google tuned it.",
    "쿠키를 구웠다.",
)


_ANY_HINT = rx.compile(anchored_superset(_COPYRIGHT_WORDS + _NOTICE_WORDS))
"""Finds every case-folded line that has a copyright or notice word (``is_copyright`` and
``is_notice`` need one), and a few more (it checks one part of each word only): each word is
searched from its rarest letter, so ``re`` tries a match at a few characters a line instead of
at every c, a, b, d, f, i, r (``rules.anchored_superset``)."""
_NOTICE_HINT = rx.compile(anchored_superset(_NOTICE_WORDS))
"""``_ANY_HINT`` for the notice words alone (``is_notice`` needs one)."""


may_be_notice: Callable[[str], object] = _ANY_HINT.search
"""Cheap first test on a case-folded line: could it be a copyright or browser/cookie notice?
(Truthy when it may; ``is_copyright`` and ``is_notice`` then decide. The pattern's own search,
not a function around it: a Python call costs more than this search on most lines.)"""

may_be_browser_notice: Callable[[str], object] = _NOTICE_HINT.search
"""``may_be_notice`` for lines too long to be a copyright notice: only the notice words
(``is_notice`` needs one of them)."""


may_be_ascii_notice: Callable[[bytes], object] = rx.compile(
    anchored_superset(
        tuple(word for word in _COPYRIGHT_WORDS + _NOTICE_WORDS if word.isascii())
    ).encode("ascii")
).search
"""``may_be_notice`` for an ASCII line given as lower-cased bytes (``str.casefold`` of an
ASCII line): only the ASCII words can be on it, and a bytes pattern of ASCII characters tests
each character against a plain 256-bit set, where the full pattern's set spans Hangul and Han
(measured: a fifth fewer instructions than the full pattern on the lower-cased string)."""
may_be_ascii_browser_notice: Callable[[bytes], object] = rx.compile(
    anchored_superset(tuple(word for word in _NOTICE_WORDS if word.isascii())).encode("ascii")
).search
"""``may_be_browser_notice`` for an ASCII line given as lower-cased bytes (see
``may_be_ascii_notice``)."""


def is_notice(text: str) -> bool:
    """True for a browser, cookie or ad-blocker notice line (see ``NOTICE``)."""
    folded = text.casefold()
    return bool(NOTICE.search(folded)) and bool(NOTICE_ACTION.search(folded))


@dataclass(frozen=True, slots=True)
class PrefixRule:
    id: str
    reason: Reason
    lang: str
    pattern: str
    """Anchored at the line's start; the line must also be short (``PREFIX_MAX_WEIGHT``)."""
    note: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


PREFIX_RULES: tuple[PrefixRule, ...] = (
    PrefixRule(
        "en-more-in",
        Reason.LIST_HEADER,
        "en",
        r"(?:more|latest|other stories|top stories|also|more stories|more news|more articles)"
        r"\s(?:in|from|on|about|by)\b",
        "headers naming the section or author of a teaser list: 'More in Minnesota Wild'",
        ("More in Minnesota Wild", "More from CNN Politics", "Latest from the BBC"),
        ("More in hope than expectation, they voted.", "Also in the room was the mayor."),
    ),
    PrefixRule(
        "en-comments-count",
        Reason.COMMENTS,
        "en",
        r"(?:\d+\s(?:comments?|responses?|replies)\b|comments? (?:are )?(?:powered by|closed)"
        r"|blog comments powered by|join the conversation)",
        "comment section headers: '34 responses to …', 'blog comments powered by Disqus'",
        ("34 responses to “Anthony Lynn”", "blog comments powered by Disqus", "12 Comments"),
        ("12 comments were deleted by the moderators last year, the company said.",),
    ),
    PrefixRule(
        "de-mehr-aus",
        Reason.LIST_HEADER,
        "de",
        r"(?:mehr aus|mehr zu|mehr von|weitere artikel|neueste artikel aus)\b",
        "German teaser list headers: 'Mehr aus Politik'",
        ("Mehr aus Politik", "Mehr zu Corona"),
        ("Mehr zu sagen hatte er nicht, und er ging.",),
    ),
    PrefixRule(
        "ko-other-articles",
        Reason.LIST_HEADER,
        "ko",
        r"(?:\S{1,20}\s?(?:기자|특파원)의?\s?(?:다른|최신)\s?기사|\S{1,12}\s?(?:섹션|분야)\s?(?:최신|주요|인기)\s?(?:기사|뉴스))",
        "Korean 'this reporter's other articles' headers: '홍길동 기자의 다른기사'",
        ("홍길동 기자의 다른기사", "정치 섹션 주요 뉴스"),
        ("홍길동 기자의 다른 기사들이 문제가 됐다는 지적이 나왔다.",),
    ),
)

PREFIX_MAX_WEIGHT = 80.0
"""Prefix rules only judge short lines: a header is a few words, a sentence that starts the same
way is longer."""


def _prefix_alternation(rules: tuple[int, ...]) -> re.Pattern[str]:
    """The anchored alternation of the prefix rules numbered ``rules``; group ``p<n>`` is rule n,
    and the rules keep their order (the first rule that matches wins)."""
    return rx.compile(
        "|".join(f"(?P<p{n}>{PREFIX_RULES[n].pattern})" for n in rules), re.IGNORECASE
    )


_PREFIX_GATES = tuple(required_literals(rule.pattern, re.IGNORECASE) for rule in PREFIX_RULES)
"""Per rule, strings one of which every match contains (None: no such strings). A rule none of
whose strings is on a line cannot match it, and is left out of the alternation for that line:
the Korean 'other articles' rule backtracks over up to 20 characters on every line otherwise."""

_PREFIX_FIRSTS = tuple(first_characters(rule.pattern, re.IGNORECASE) for rule in PREFIX_RULES)
"""Per rule, the ASCII characters its matches can start with (None: not known). A line that
starts with another ASCII character leaves the rule out of the alternation, like a literal gate:
most lines start with none of them, and then no regex runs at all."""


def _first_masks() -> dict[str, int]:
    """For each ASCII character, the rules (a bit mask) a line starting with it may match."""
    masks = {}
    for code in range(128):
        char = chr(code)
        masks[char] = sum(
            1 << n for n, firsts in enumerate(_PREFIX_FIRSTS) if firsts is None or char in firsts
        )
    return masks


_PREFIX_BY_FIRST = _first_masks()
_ANY_FIRST = (1 << len(PREFIX_RULES)) - 1
"""The mask of a line that starts with a non-ASCII character: every rule may match."""

_GATED_PREFIX = tuple((1 << n, gate) for n, gate in enumerate(_PREFIX_GATES) if gate is not None)
"""(bit, strings) of each prefix rule that has a gate."""
_GATED_ASCII = tuple(
    (bit, ascii_gate)
    for bit, gate in _GATED_PREFIX
    if (ascii_gate := tuple(literal for literal in gate if literal.isascii()))
)
"""``_GATED_PREFIX`` for ASCII lines: only ASCII strings can be in them, and a rule without
any is left out (it cannot match)."""
_UNGATED_MASK = sum(1 << n for n, gate in enumerate(_PREFIX_GATES) if gate is None)
_PREFIX_BY_MASK: dict[int, re.Pattern[str]] = {}
"""The alternation for each set of rules (a bit mask) ``_prefix_mask`` can give, all compiled
at import (below)."""


def _prefix_mask(text: str) -> int:
    """The rules (a bit mask) whose gate strings ``text`` holds (and the ungated ones), or 0
    when none of those can start with its first character. The alternation of these rules
    (``_PREFIX_BY_MASK``) leaves out only rules that provably cannot match ``text``; since the
    rest keep their order, it matches as the alternation of all of them does. (The first
    character only rules a line out as a whole: masks that leave rules out by it too would
    compile more alternations, each costing more than the lines it spares.)"""
    first = _PREFIX_BY_FIRST.get(text[:1], _ANY_FIRST)
    mask = _UNGATED_MASK
    for bit, gate in _GATED_ASCII if text.isascii() else _GATED_PREFIX:
        if first & bit:  # (a rule the first character rules out needs no gate test)
            for literal in gate:
                if literal in text:
                    mask |= bit
                    break
    return mask if mask & first else 0


def _mask_pattern(mask: int) -> re.Pattern[str]:
    """The alternation of the rules in ``mask``, in their order."""
    pattern = _PREFIX_BY_MASK.get(mask)
    if pattern is None:
        rules = tuple(n for n in range(len(PREFIX_RULES)) if mask >> n & 1)
        pattern = _PREFIX_BY_MASK[mask] = _prefix_alternation(rules) if rules else _NEVER
    return pattern


_NEVER = rx.compile(r"(?!)")

for _gated in range(1 << len(_GATED_PREFIX)):  # every mask _prefix_mask can give, compiled once
    _mask_pattern(
        _UNGATED_MASK | sum(bit for k, (bit, _) in enumerate(_GATED_PREFIX) if _gated >> k & 1)
    )


_ASCII_GATED_MASK = _UNGATED_MASK | sum(bit for bit, _gate in _GATED_ASCII)
"""The rules an ASCII line may match at all (the others need a non-ASCII string)."""
PREFIX_ASCII_STARTS = frozenset(
    char for char, mask in _PREFIX_BY_FIRST.items() if mask & _ASCII_GATED_MASK
)
"""The characters an ASCII line must start with for ``prefix_reason`` to find a rule: for an
ASCII line that starts with another, ``_prefix_mask`` is 0 (no rule its first character allows
is one an ASCII line can match), so the classifier tests this set instead of calling."""


ascii_prefix_match: Callable[[str], re.Match[str] | None] = _PREFIX_BY_MASK[_ASCII_GATED_MASK].match
"""The prefix rules' alternation for a line whose only non-ASCII characters (if any) are
``rules.TYPOGRAPHIC`` ones, whose first character is in ``PREFIX_ASCII_STARTS`` or is not
ASCII: every rule such a line may match is in it (the others need a string with another
character), in their order, so it matches as ``prefix_reason``'s does, and the classifier
calls it without ``_prefix_mask``'s gate loop (its ``in`` tests cost more than this anchored
match, which fails at the first characters of most lines). The rule is
``PREFIX_GROUP_REASON[match.lastgroup]``."""
PREFIX_GROUP_REASON = {f"p{n}": rule.reason for n, rule in enumerate(PREFIX_RULES)}
"""The reason of each prefix rule by its group's name in the alternations (``p`` and its index
in PREFIX_RULES): ``prefix_reason`` and the classifier's ASCII road read it alike."""


def prefix_reason(text: str, *, sentence: bool | None = None) -> Reason | None:
    """The reason of the first prefix rule that matches the start of a line, or None.

    Headers do not end like sentences; a sentence that happens to start with the same words
    does (``Mehr zu sagen hatte er nicht.``)."""
    if ends_sentence(text) if sentence is None else sentence:
        return None
    mask = _prefix_mask(text)
    if not mask:
        return None
    match = _PREFIX_BY_MASK[mask].match(text)  # (every mask _prefix_mask gives is compiled)
    if match is None or match.lastgroup is None:
        return None
    return PREFIX_GROUP_REASON[match.lastgroup]


DATED = rx.compile(
    r"(?:\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:an?|\d+)\s(?:second|minute|hour|day|week|month|year)s?\sago\b"
    r"|\d+\s?(?:분|시간|일)\s?전|\d+年|\d+月\d+日)",
    re.IGNORECASE,
)
"""A short line that is mostly a date or time: the stamp on a comment, a teaser or the article's
own header. Applied only to lines of at most DATED_MAX_WEIGHT (the classifier's threshold)."""

DATED_SCAN = rx.compile(
    r"[\dAa](?i:"  # the first character of every DATED alternative, consumed
    r"(?<!\w.)(?:(?<=1)9|(?<=2)0)\d{2}\b"  # (?<!\w.) after a word character: \b before it
    r"|(?<!\w.)(?<=\d)\d?:\d{2}\b"
    r"|(?<!\w.)(?<=\d)\d?[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|(?<!\w.)(?:(?<=a)n?|(?<=\d)\d*)\s(?:second|minute|hour|day|week|month|year)s?\sago\b"
    r"|(?<=\d)\d*\s?(?:분|시간|일)\s?전|(?<=\d)\d*年|(?<=\d)\d*月\d+日)"
)
"""``DATED`` for ``search`` (it finds a match exactly when ``DATED`` does), written to start
with a character class: ``re`` then skips to candidate characters in C, where ``DATED``'s
leading ``\b`` makes it try every alternative at every position (~3× slower). The class is
outside the IGNORECASE group because a cased letter in it would turn the skip off."""

DATED_EXAMPLES = ("November 19, 2019 at 10:15 am", "2 hours ago", "2023.04.20 13:28", "3시간 전")
DATED_COUNTEREXAMPLES = ("Top 10 stories", "Read more")

_COMPILED: tuple[tuple[re.Pattern[str], dict[str, Reason]], ...] = ()


def _compile() -> tuple[re.Pattern[str], dict[str, Reason]]:
    reasons: dict[str, Reason] = {}
    for table in TABLES:
        for phrase in table.phrases:
            reasons.setdefault(squash(phrase), table.reason)
    # Atomic group: each phrase is taken longest-first and never re-split, which keeps the
    # match linear in the line's length (no backtracking over segmentations).
    pattern = rx.compile(r"(?:(?>" + trie_alternation(reasons) + r")|\d+)++")
    return pattern, reasons


_LINE_PATTERN, _PHRASE_REASON = _compile()
_TOKEN = rx.compile(trie_alternation(_PHRASE_REASON))

_ASCII_ALTERNATION = trie_alternation(p for p in _PHRASE_REASON if p.isascii()).encode("ascii")
_ASCII_LINE_PATTERN = rx.compile(rb"(?:(?>" + _ASCII_ALTERNATION + rb")|\d+)++")
_ASCII_TOKEN = rx.compile(_ASCII_ALTERNATION)
"""``_LINE_PATTERN`` and ``_TOKEN`` over the ASCII phrases, for squashed ASCII lines as bytes
(no phrase with another character can match there, and leaving a branch out of the trie does
not reorder the others, so they match as the full patterns do): the squash's decode is spared
and the trie is smaller."""


MAX_UI_LINE = 80
"""Squashed length above which a line is never taken as pure UI (menus in one line excepted:
a dump can print a whole menu on one line, so the bound is generous)."""
MAX_UI_CHARS = 3 * MAX_UI_LINE
"""Length above which ``ui_reason`` does not even squash a line (a cheap bound: a UI line is
rarely two-thirds spaces and punctuation)."""


_NOT_UI = rx.compile(
    "[^"
    + "".join(sorted({re.escape(char) for phrase in _PHRASE_REASON for char in phrase}))
    + SPACE_PUNCT_CLASS
    + r"\d]"
)
"""A character of a case-folded line that squashing keeps (not space or punctuation) and that
is neither a digit nor in any phrase: a line that has one cannot be made of phrases and
counters. Korean and other non-Latin prose has one within a few characters, so the search
stops early; the squash it spares is a regex substitution over the whole line. (Latin lines
are squashed by a byte table instead, and phrases use every ASCII letter.)"""


def ui_reason(text: str, folded: str | None = None) -> Reason | None:
    """The reason for a line made only of UI phrases (and counters), or None.

    The reason is that of the first phrase on the line. A line of digits alone is not matched
    here (``COUNTER`` is). ``folded`` is ``text.casefold()`` when the caller has it.
    """
    if len(text) > MAX_UI_CHARS:  # cheap bound before squashing
        return None
    if text.isascii():  # (``squash``'s ASCII path, kept as bytes)
        return ascii_ui_reason(text.encode().translate(ASCII_LOWER, ASCII_SPACE_PUNCT))
    if folded is None:
        folded = text.casefold()
    if _NOT_UI.search(folded):
        return None
    sq = squash(text, folded)
    if not sq or len(sq) > MAX_UI_LINE or sq.isdigit():
        return None
    match = _LINE_PATTERN.match(sq)  # possessive: one greedy pass, no backtracking
    if match is None or match.end() != len(sq):
        return None
    first = _TOKEN.search(sq)
    return _PHRASE_REASON[first.group(0)] if first else None


is_ascii_ui_line: Callable[[bytes], object] = _ASCII_LINE_PATTERN.fullmatch
"""Truthy when a squashed ASCII line (bytes) is all phrases and counters: the test
``ascii_ui_reason`` starts with, for the classifier to call it only then. (``fullmatch`` of
this pattern is ``match`` reaching the end: its possessive repeat of atomic groups never gives
back, so no other way through it exists.)"""


def ascii_ui_reason(squashed: bytes) -> Reason | None:
    """``ui_reason`` of an ASCII line of at most MAX_UI_CHARS characters, from its squash as
    bytes (``text.encode().translate(ASCII_LOWER, ASCII_SPACE_PUNCT)``): the classifier
    squashes ASCII lines itself, sparing a call and a second encoding."""
    if not squashed or len(squashed) > MAX_UI_LINE or squashed.isdigit():
        return None
    found = _ASCII_LINE_PATTERN.match(squashed)
    if found is None or found.end() != len(squashed):
        return None
    token = _ASCII_TOKEN.search(squashed)
    return _PHRASE_REASON[token.group(0).decode("ascii")] if token else None
