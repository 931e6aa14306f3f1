"""depeche.clean (issue 5): residue removed, article kept, damage repaired, every edit reported."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import depeche

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_metrics

PAGES = Path(__file__).resolve().parent / "data" / "clean"

ARTICLE_FR = [
    "Le conseil municipal de Valmont a adopté mardi soir un budget en hausse de 4 %.",
    "« Nous voulions protéger les écoles avant tout », a expliqué la maire, Odile Ferrand.",
    "L'opposition a voté contre, jugeant les dépenses de voirie insuffisantes pour la commune.",
]
ARTICLE_EN = [
    "The harbour authority approved a new ferry schedule on Thursday after months of talks.",
    "Residents had complained that the last crossing left too early for night-shift workers.",
    '"We listened, and we changed it," said the authority\'s director, Ruth Calloway.',
]


def cleaned(lines: list[str], lang: str) -> str:
    return depeche.clean("\n".join(lines), lang=lang)


def assert_keeps_article(output: str, article: list[str]) -> None:
    for sentence in article:
        assert sentence in output


def inside(article: list[str], residue: str) -> str:
    """The article with ``residue`` on its own line after the headline."""
    return "\n".join([article[0], residue, *article[1:]])


def categories_of(residue: str, article: list[str], lang: str) -> list[str]:
    """The categories clean_report gives ``residue`` placed inside ``article``."""
    edits = depeche.clean_report(inside(article, residue), lang=lang).edits
    return [e.category for e in edits if e.text.strip() == residue]


@pytest.mark.parametrize(
    "residue",
    [
        "Partager",
        "Partager sur Facebook",
        "Facebook Twitter E-mail",
        "ABONNEZ-VOUS",
        "Inscrivez-vous à notre newsletter",
        "Lire aussi : Le marché couvert rouvre ses portes",
        "À lire aussi",
        "Accueil > Régions > Val-de-Loire",
        "Par Hélène Vasseur",
        "Publié le 12 mars 2024 à 08h15, mis à jour à 11h02",
        "Photo : Studio Delorme",
        "© Studio Delorme",
        "Publicité",
        "0 commentaire",
        "Laisser un commentaire",
        "Mots-clés : budget, écoles, voirie",
        "Cet article est réservé aux abonnés",
        "Plus",
        "Écouter cet article",
        "À lire sur le sujet Le marché couvert rouvre ses portes",
        "Cette vidéo n'est pas disponible dans votre pays.",
    ],
)
def test_french_residue_lines_go(residue):
    output = depeche.clean(inside(ARTICLE_FR, residue), lang="fr")
    assert residue not in output
    assert_keeps_article(output, ARTICLE_FR)


@pytest.mark.parametrize(
    ("residue", "category"),
    [
        ("Publicité", "advertisement"),
        ("© Photo : Studio Delorme / Le Courrier", "credit"),
        ("Photo : Studio Delorme", "credit"),
        ("Lire aussi : Le marché couvert rouvre ses portes", "related"),
        ("© AFP", "credit"),
        ("© Studio Delorme", "credit"),
        ("Réagir", "comments"),
        ("© 2024 Le Courrier de Valmont", "navigation"),
        ("Copyright © 2024 Le Courrier de Valmont. Tous droits réservés.", "navigation"),
        ("← Le marché couvert rouvre ses portes", "navigation"),
    ],
)
def test_french_residue_is_reported_under_its_category(residue, category):
    assert categories_of(residue, ARTICLE_FR, "fr") == [category]


@pytest.mark.parametrize(
    "residue",
    [
        "Share",
        "Share this article",
        "Tweet",
        "Sign up for our newsletter",
        "Read more: Ferry fares to rise next spring",
        "Related:",
        "Home \u203a Local \u203a Transport",
        "By Marcus Oyelaran",
        "Updated Nov 19, 2023, 6:55 AM ET",
        "Photo: Dana Whitcombe/Getty Images",
        "Advertisement",
        "We use cookies to improve your experience. By continuing you accept our policy.",
        "Leave a Reply",
        "Tags: ferries, transport",
        "More Updates",
        "You might also enjoy",
        "Listen to this article",
        "This video is not available in your region.",
        "See the whole interview in the video player above.",
        "Free weekly newsletter",
        "Download the free Harbour News app for alerts on your phone.",
    ],
)
def test_english_residue_lines_go(residue):
    output = depeche.clean(inside(ARTICLE_EN, residue), lang="en")
    assert residue not in output
    assert_keeps_article(output, ARTICLE_EN)


@pytest.mark.parametrize(
    ("residue", "category"),
    [
        ("© Getty Images", "credit"),
        ("Image caption The ferry leaving the harbour at dawn", "credit"),
        ("Media captionThe director explains the new timetable", "credit"),
        ("More Updates", "navigation"),
        ("© 2024 Harbour Gazette", "navigation"),
        ("Next: Ferry fares to rise next spring \u2192", "navigation"),
    ],
)
def test_english_residue_is_reported_under_its_category(residue, category):
    assert categories_of(residue, ARTICLE_EN, "en") == [category]


def test_a_second_copy_of_the_article_goes_and_the_first_stays():
    text = "\n".join([*ARTICLE_EN, "Most read", *ARTICLE_EN])
    report = depeche.clean_report(text, lang="en")
    for sentence in ARTICLE_EN:
        assert report.text.count(sentence) == 1
    assert report.text.startswith(ARTICLE_EN[0])


def test_headline_kept_once_and_its_repeat_removed():
    headline = "Valmont vote un budget tourné vers les écoles"
    text = "\n\n".join([headline, *ARTICLE_FR, "Restez connectés", headline])
    report = depeche.clean_report(text, lang="fr")
    assert report.text.count(headline) == 1
    assert report.text.startswith(headline)
    assert "repeated_headline" in {e.category for e in report.edits}


def test_intertitle_and_quote_line_are_kept():
    text = "\n\n".join(
        [
            ARTICLE_FR[0],
            "Des écoles rénovées",
            "« Chaque classe aura un nouveau chauffage »",
            ARTICLE_FR[2],
        ]
    )
    output = depeche.clean(text, lang="fr")
    assert "Des écoles rénovées" in output
    assert "« Chaque classe aura un nouveau chauffage »" in output


def test_pitch_sentence_inside_a_paragraph_goes_and_the_rest_stays():
    paragraph = (
        "Les travaux commenceront en juin. En vous abonnant, vous soutenez une rédaction "
        "indépendante. Le chantier durera deux ans."
    )
    report = depeche.clean_report(paragraph, lang="fr")
    assert report.text == "Les travaux commenceront en juin. Le chantier durera deux ans."
    assert [e.category for e in report.edits] == ["subscribe"]


def test_spam_author_bio_at_the_end_goes():
    bio = "« Amateur de randonnée. Cuisinier du dimanche. Fan de radio. Lecteur insatiable. »"
    output = depeche.clean("\n".join([*ARTICLE_FR, bio]), lang="fr")
    assert bio not in output
    assert_keeps_article(output, ARTICLE_FR)


def test_comment_section_after_the_article_goes():
    comments = ["Leave a Reply", "Jo Marsh says:", "Great news for the night shift, finally!"]
    output = cleaned([*ARTICLE_EN, *comments], "en")
    assert "Great news" not in output
    assert_keeps_article(output, ARTICLE_EN)


def test_a_comment_counter_under_the_headline_does_not_hide_the_comment_section():
    headline = "Valmont vote un budget tourné vers les écoles"
    comments = [
        "Laisser un commentaire",
        "Jeanne dit :",
        "Bravo pour ce budget, enfin une bonne nouvelle pour les écoles du quartier !",
    ]
    output = cleaned([headline, "Vos réactions (3)", *ARTICLE_FR, *comments], "fr")
    assert "Bravo" not in output
    assert_keeps_article(output, ARTICLE_FR)


def test_a_long_signed_discussion_after_the_article_goes():
    discussion = []
    for n, name in enumerate(["Jo Marsh", "Ravi Patel", "Ann Lee"]):
        discussion += [
            f"{name} on March {n + 3}, 2024 at 9:1{n} pm said:",
            f"I take that ferry {n + 2} times a week and the old timetable was a real problem "
            "for us all, so this is good news even if it took far too long to come.",
        ]
    discussion.append(
        "Another thing: the car park by the quay still closes at ten, which makes the later "
        "boat much less useful for anyone who drives to the harbour."
    )
    text = "\n".join([*ARTICLE_EN, "Comments", *discussion])
    output = depeche.clean(text, lang="en")
    assert "car park" not in output
    assert "old timetable" not in output
    assert_keeps_article(output, ARTICLE_EN)


def test_a_discussion_many_times_longer_than_a_short_post_goes():
    post = ARTICLE_EN[:1]
    discussion = []
    for n, name in enumerate(["Jo Marsh", "Ravi Patel", "Ann Lee", "Tom Reyes", "Mia Holt"]):
        discussion += [
            f"{name} on March {n + 3}, 2024 at 9:1{n} pm said:",
            *[
                f"Point {k}: I take that ferry {n + k} times a week and the old timetable was a "
                "real problem for us all, so this is good news even if it took far too long."
                for k in range(4)
            ],
        ]
    text = "\n".join([*post, "Comments", *discussion])
    output = depeche.clean(text, lang="en")
    assert "old timetable" not in output
    assert_keeps_article(output, post)
    # Two signatures are not enough evidence to cut that early: it could be the article.
    two_signed = "\n".join([*post, "Comments", *discussion[:10]])
    assert "old timetable" in depeche.clean(two_signed, lang="en")


MORE_FR = [
    "Les parents d'élèves ont salué ce choix lors d'une réunion organisée mercredi à la mairie.",
    "Le chantier de l'école Jules-Ferry devrait durer deux ans selon les services techniques.",
    "Les enfants seront accueillis dans des classes mobiles installées dans la cour du collège.",
]


def test_a_related_list_after_the_article_goes_with_its_teasers():
    tail = [
        "More from the Harbour Gazette",
        "Bridge repairs to close the coast road",
        "Drivers will have to take the inland route for a week while the old bridge is mended.",
        "Council keeps the island library open",
        "Lena Ortiz",
        "The vote was close, but the library will stay open on Saturdays until the summer.",
    ]
    article = [*ARTICLE_EN, "The new timetable will be reviewed after a year of service."]
    output = cleaned([*article, *tail], "en")
    assert output.split("\n") == article


def test_a_read_also_late_in_the_article_does_not_cut_what_follows():
    article = [
        *ARTICLE_FR,
        "Des classes mobiles",
        MORE_FR[0],
        MORE_FR[1],
        "Un chantier",
        MORE_FR[2],
    ]
    read_also = ["À lire aussi", "Le marché couvert rouvre ses portes"]
    output = depeche.clean("\n".join([*article[:5], *read_also, *article[5:]]), lang="fr")
    assert output.split("\n") == article


def test_a_related_insert_high_in_the_article_keeps_the_paragraphs_under_it():
    opening = [
        "Le conseil municipal de Valmont a adopté mardi soir un budget en hausse de 4 %, "
        "le premier depuis la fusion des deux communes.",
        *MORE_FR[:2],
        *ARTICLE_FR,
        "« Nous voulions protéger les écoles avant tout », a répété la maire en fin de séance.",
        "La séance a duré plus de trois heures, et le public a applaudi le vote du budget.",
    ]
    insert = [
        "À lire aussi",
        "Valmont : la piscine municipale fermée pour l'été",
        "Budget : les communes voisines serrent les dépenses",
    ]
    rest = [
        "Le vote a eu lieu après une suspension de séance demandée par l'opposition municipale.",
        "Les travaux de l'école",
        "La première tranche des travaux de l'école du Centre commencera dès le mois d'avril.",
        "Les parents d'élèves seront reçus en mairie la semaine prochaine pour en parler.",
        "« Les enfants ne perdront pas un seul jour de classe », a promis l'adjoint aux écoles.",
        "Le budget sera transmis à la préfecture avant la fin du mois, comme la loi le demande.",
    ]
    consent = [
        "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
        "Vous pouvez retirer votre consentement à tout moment.",
        "Gérer mes choix",
        "J'accepte tous les cookies",
    ]
    last = "Une réunion publique se tiendra le 12 avril à la salle des fêtes de Valmont."
    output = cleaned([*opening, *insert, *rest, *consent, last, "Faits divers"], "fr")
    assert output.split("\n") == [*opening, *rest, last]


def test_titles_under_a_read_more_label_go_and_the_article_under_them_stays():
    links = [
        "Read more:",
        "Ferry fares to rise next spring",
        "Explainer: Who pays for the new harbour wall?",
    ]
    page = [*ARTICLE_EN[:2], *links, ARTICLE_EN[2], "The board will meet again in May."]
    output = cleaned(page, "en")
    assert output.split("\n") == [*ARTICLE_EN, "The board will meet again in May."]


def test_topic_tags_under_their_header_go_between_paragraphs():
    tags = ["Related Topics", "Harbour Board", "Ferries", "Night shifts"]
    page = [*ARTICLE_EN[:2], *tags, ARTICLE_EN[2], "The board will meet again in May."]
    output = cleaned(page, "en")
    assert output.split("\n") == [*ARTICLE_EN, "The board will meet again in May."]


def test_menus_around_a_page_are_outside_the_article():
    menu = ["Ferries timetable", "Port map", "Home", "World", "Weather", "Contact us"]
    footer = ["About the port", "Careers at the port", "Visit our shop"]
    output = cleaned([*menu, *ARTICLE_EN, *footer], "en")
    assert "Ferries timetable" not in output
    assert "Careers" not in output
    assert_keeps_article(output, ARTICLE_EN)


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Il est parti.Demain il reviendra.", "Il est parti. Demain il reviendra."),
        ("Les U.S. et 3.5 et exemple.com et J.-C. restent.", None),
        ("Elle a fini. . Puis elle est rentrée.", "Elle a fini. Puis elle est rentrée."),
        ("« Oui » , a-t-il dit.", "« Oui », a-t-il dit."),
        ("Trop   d'espaces\tici.", "Trop d'espaces ici."),
        ("Un cafe\u0301 noir.", "Un café noir."),
    ],
)
def test_repairs(damaged, repaired):
    assert depeche.clean(damaged, lang="fr") == (repaired or damaged)


def test_french_typographic_spaces_kept_unless_asked():
    text = "Il a dit\u00a0: «\u00a0non\u00a0»."
    assert depeche.clean(text, lang="fr") == text
    plain = depeche.clean(text, lang="fr", repair=[*depeche.DEFAULT_REPAIRS, "typography"])
    assert plain == "Il a dit : « non »."


def test_options_choose_categories():
    text = "\n".join([ARTICLE_EN[0], "Share", "Advertisement", ARTICLE_EN[1]])
    only_ads = depeche.clean(text, lang="en", remove=["advertisement"])
    assert "Share" in only_ads
    assert "Advertisement" not in only_ads
    assert depeche.clean(text, lang="en", remove=[], repair=[]) == text


def test_every_edit_points_into_the_input_and_rebuilds_the_output():
    text = "Titre du jour\n\nPartager\n\nLe  texte.Suite  ici.\n© Agence Nord\nFin du texte ici."
    report = depeche.clean_report(text, lang="fr")
    rebuilt, cursor = [], 0
    for edit in report.edits:
        assert text[edit.start : edit.end] == edit.text
        assert edit.start >= cursor
        rebuilt.append(text[cursor : edit.start] + edit.replacement)
        cursor = edit.end
    rebuilt.append(text[cursor:])
    assert "".join(rebuilt) == report.text


def test_never_adds_words():
    text = "\n".join(["Accueil > Monde", *ARTICLE_FR, "Partager", "Plus"])
    words_in = set(clean_metrics.tokens(text))
    assert set(clean_metrics.tokens(depeche.clean(text, lang="fr"))) <= words_in


def test_metrics():
    assert clean_metrics.token_f1("a b c", "a b c") == 1.0
    precision, recall, _ = clean_metrics.token_prf("a a b", "a b c d")
    assert (round(precision, 3), recall) == (0.667, 0.5)
    assert clean_metrics.snippet_score("le chat  dort", ["chat dort"], ["chien"]) == 1.0
    assert clean_metrics.snippet_score("le chien", ["chat"], ["chien"]) == 0.0


# Thresholds are the scores reached, rounded down (issue 5 aims at 0.93 / 0.90 / 0.95). The
# aeb gold is the article body without its headline, which issue 5 asks to keep: keeping it
# costs about 0.003 there.
THRESHOLDS = {
    ("noisy_window", "aeb"): 0.932,
    ("noisy_window", "wcxb_article"): 0.935,
    ("noisy_window", "trafilatura_fr"): 0.96,
    ("noisy", "aeb"): 0.895,
    ("noisy", "wcxb_article"): 0.925,
    ("noisy", "trafilatura_fr"): 0.92,
}


@pytest.mark.parametrize(("field", "name"), sorted(THRESHOLDS))
def test_benchmark_scores(shared, field, name):
    rows = clean_metrics.benchmark_sets(shared)[name]
    score = clean_metrics.evaluate(rows, field, depeche.clean)
    assert score >= THRESHOLDS[(field, name)]


def test_clean_is_idempotent_on_the_benchmark(shared):
    rows = clean_metrics.benchmark_sets(shared)["aeb"][:60]
    for row in rows:
        once = depeche.clean(row["noisy"])
        assert depeche.clean(once) == once


def test_seed_articles_keep_their_sentences(shared):
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        output = depeche.clean(text, lang="fr")
        _, recall, _ = clean_metrics.token_prf(output, text)
        assert recall >= 0.9
        assert depeche.clean(output, lang="fr") == output


def read_page(path: Path) -> tuple[str, list[tuple[str, str]], list[str]]:
    """A team-written page (format in its header): the page text, its residue as (text,
    category) pairs, and the article lines the cleaned text must consist of."""
    page, residue, article = [], [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            continue
        tagged = re.fullmatch(r"\[(\w+)\] (.*)", raw)
        if tagged:
            residue.append((tagged[2], tagged[1]))
            page.append(tagged[2])
            continue
        pitch = re.compile(r" ?\{(\w+): ([^}]*)\}")
        residue += [(found[2], found[1]) for found in pitch.finditer(raw)]
        page.append(re.sub(r"\{\w+: ([^}]*)\}", r"\1", raw))
        article.append(pitch.sub("", raw))
    return "\n".join(page), residue, article


@pytest.mark.parametrize(("name", "lang"), [("valmont_fr.txt", "fr"), ("ferry_en.txt", "en")])
def test_team_pages_lose_every_residue_under_its_category_and_keep_every_sentence(name, lang):
    text, residue, article = read_page(PAGES / name)
    report = depeche.clean_report(text, lang=lang)
    removed = [(e.text.strip(), e.category) for e in report.edits if e.category != "spaces"]
    missing = [piece for piece in residue if piece not in removed]
    assert not missing, f"residue kept or mislabelled: {missing}"
    assert report.text.split("\n") == article
    assert depeche.clean(report.text, lang=lang) == report.text


HEADLINE_EN = "Harbour board backs later ferry after months of talks"
STANDFIRST_EN = (
    "Night-shift workers had asked for a crossing after midnight, and the board finally agreed "
    "to run one from the spring."
)


def test_headline_and_standfirst_above_byline_furniture_are_kept():
    page = [
        "Home",
        "Local News",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Nora Pell",
        "Updated 09:31, 12 March 2025",
        "Share",
        "Copy link",
        "The ferry terminal at dusk (Image: Harbour Board)",
        *ARTICLE_EN,
        "Most read",
        HEADLINE_EN,
    ]
    report = depeche.clean_report("\n".join(page), lang="en")
    assert report.text.count(HEADLINE_EN) == 1
    assert report.text.startswith(f"{HEADLINE_EN}\n{STANDFIRST_EN}\n")
    assert "Nora Pell" not in report.text
    assert "Local News" not in report.text
    assert_keeps_article(report.text, ARTICLE_EN)


def test_a_signed_timestamp_under_the_head_keeps_the_headline_and_standfirst():
    headline = "Valmont : le conseil adopte un budget en hausse malgré l'opposition"
    standfirst = (
        "Les élus ont voté mardi soir un budget de 48 millions d'euros, tourné vers les écoles "
        "et la voirie, après trois heures de débat."
    )
    page = [
        "Vous lisez : " + headline,
        "En continu",
        "08:10 Valmont : la piscine rouvre lundi",
        headline,
        standfirst,
        "Paul Mercier - 3 mars 2025 à 18:40 - Temps de lecture : 2 min",
        "Partager",
        *ARTICLE_FR,
    ]
    output = cleaned(page, "fr")
    assert output.startswith(f"{headline}\n{standfirst}\n")
    assert "Paul Mercier" not in output
    assert_keeps_article(output, ARTICLE_FR)


def test_a_video_player_under_the_byline_furniture_is_not_taken_for_the_head():
    page = [
        "News > Local > Transport",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Interview by Nora Pell",
        "Published 12/03/2025 at 09:31",
        "Share on Facebook",
        "The new ferry arriving at the pier. \u00a9 Harbour Board",
        "Now playing",
        "Ferries: the first night crossing in pictures",
        "01:47",
        "Ad: your video will begin in 5 seconds",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [HEADLINE_EN, STANDFIRST_EN, *ARTICLE_EN]


def test_a_short_caption_under_a_credit_and_widgets_mid_article_leave_the_article_whole():
    headline = "Island school saved after parents raise £40,000"
    first = [
        "Parents on Carra have raised £40,000 to keep the island's only primary school open.",
        "The council had planned to send the pupils to the mainland by ferry from September.",
        'Head teacher Iona Reid said the news was "the best of the year".',
    ]
    second = [
        "More than 300 people gave money, many of them former pupils now living abroad.",
        "The school will take on a second teacher for the youngest children in the autumn.",
    ]
    third = [
        "The council said it would pay for the school's heating until the end of the year.",
        "A party is planned in the school hall on Friday.",
    ]
    page = [
        "Home",
        "Scotland | Highlands",
        headline,
        "2 hours ago",
        "Share",
        "Ewan Grant",
        "Harbour News Highlands",
        "Getty Images",
        "The school opened in 1888",
        *first,
        "Watch: Pupils thank the people who gave",
        "This video can not be played",
        "To play this video you need to enable JavaScript in your browser.",
        "Media caption, Pupils say the school is the heart of the island",
        *second,
        "Related Topics",
        "Carra",
        "Schools",
        *third,
        "More on this story",
        "Council plans to close Carra school",
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [headline, *first, *second, *third]


def test_a_name_or_video_title_between_furniture_lines_is_not_taken_for_the_headline():
    page = [
        "Accueil",
        "Un chantier de trois millions pour renforcer la digue avant l'hiver",
        "Lire la vidéo",
        "Les images du chantier en trente secondes",
        "Source : Studio Marée",
        "Article rédigé par Jeanne Roux",
        "Jeanne Roux",
        "Publié le 18/06/2025 à 19h40",
        *ARTICLE_FR,
    ]
    output = cleaned(page, "fr")
    assert output.startswith("Un chantier de trois millions")
    assert "Les images du chantier" not in output
    assert "Jeanne Roux" not in output
    assert_keeps_article(output, ARTICLE_FR)


def test_live_blog_posts_between_share_lines_are_kept():
    page = [
        *ARTICLE_EN,
        "Updated at 3.30am GMT",
        "Share",
        "3.22am: The count in full",
        "Ruth Calloway (Harbour) \u2013 4,210",
        "Tom Avery (Ferries First) \u2013 3,877",
        "Share",
        "Advertisement",
        "2.50am: Turnout announced",
        "Turnout is 38.2%, down from 44.9% last time, and the count should end at about 4am.",
        "Share",
    ]
    report = depeche.clean_report("\n".join(page), lang="en")
    for line in page[len(ARTICLE_EN) :]:
        kept = line not in {"Share", "Advertisement", "Updated at 3.30am GMT"}
        assert (line in report.text) == kept, line


def test_a_read_also_title_does_not_take_the_intertitle_and_list_after_it():
    page = [
        *ARTICLE_FR,
        "Lire aussi",
        "Pollution : ce que contiennent les fumées d'un incendie d'entrepôt",
        "Les consignes du préfet",
        "Le préfet demande aux habitants des trois communes de :",
        "fermer portes et fenêtres ;",
        "rester à l'écoute de la radio locale.",
        "Les écoles garderont les enfants à l'intérieur jusqu'au soir, a précisé la mairie.",
        "Les pompiers resteront sur place toute la nuit pour surveiller le foyer, qui couve encore "
        "sous les décombres du bâtiment, et la préfecture fera un nouveau point demain matin.",
    ]
    output = cleaned(page, "fr")
    assert "Pollution" not in output
    for line in page[len(ARTICLE_FR) + 2 :]:
        assert line in output


@pytest.mark.parametrize(
    ("pitch", "lang"),
    [
        ("Sign up to Harbour Notes, our free weekly newsletter \u2013 every Friday at 8am.", "en"),
        ("Our port newsletter, Tidelines, arrives every Monday. Sign up here.", "en"),
        ("Get every result on the Ferrylink app \u2013 download it for free.", "en"),
        ("Suivez la séance en direct sur l'appli Valmont Info.", "fr"),
        ("Pour ne rien rater, activez les notifications de notre application.", "fr"),
        ("Recevez l'essentiel en vous inscrivant gratuitement à notre newsletter du soir.", "fr"),
        ("Follow Harbour Radio on Facebook, X and TikTok.", "en"),
        ("Follow Harbour Radio on Facebook, on X and on Threads.", "en"),
        ("Want more stories like this?", "en"),
        ("Send us your story ideas through the form on our website.", "en"),
        ("Suivez Radio Valmont sur Facebook, X et Instagram.", "fr"),
        ("Get the week's ferry news in your inbox every Friday with Tideline, our letter.", "en"),
        ("Want the best harbour stories first? Sign up for our newsletter.", "en"),
        ("Cet article vous est accessible grâce à votre abonnement, merci de votre soutien.", "fr"),
    ],
)
def test_a_pitch_inside_a_paragraph_goes_and_its_sentences_stay(pitch, lang):
    first, last = (ARTICLE_EN if lang == "en" else ARTICLE_FR)[::2]
    output = depeche.clean(f"{first} {pitch} {last}", lang=lang)
    assert output == f"{first} {last}"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Thank you for subscribing!", "en"),
        ("Something went wrong, please try again later.", "en"),
        ("We use your sign-up to send you the newsletters you asked for. More info", "en"),
        ("This video is not available because of your cookie preferences.", "en"),
        ("18+ | Gamble responsibly. New customers only.", "en"),
        ("Reporter Ann Lee in Tulsa contributed to this report.", "en"),
        ("A crane lifts the new span into place. (Harbour Board via AP)", "en"),
        ("Related article Ferry fares to rise again next year", "en"),
        ("Harbourne covers shipping and ports for The Coastal Times.", "en"),
        ("Reporting by Ann Lee in Oslo and Tom Ray in Bergen; Editing by Kit Moss", "en"),
        ("(Writing by Ann Lee; editing by Kit Moss)", "en"),
        ("Reporting by Ann Lee in Oslo", "en"),
        ("Opens new tab", "en"),
        ("The new span is lifted into place, May 2. File Photo Purchase Licensing Rights", "en"),
        (
            "Ann covers airlines and airports from Dublin. She previously reported on rail "
            "from Paris and joined the agency in 2019.",
            "en",
        ),
        ("Copier le lien du post", "fr"),
        ("Ce contenu n'est pas disponible car vous avez refusé les cookies.", "fr"),
        ("Ce contenu est proposé par Vidéoland : acceptez ses traceurs pour le voir.", "fr"),
        ("Jouer comporte des risques : endettement, isolement, dépendance.", "fr"),
        ("La maire devant l'école rénovée, le 3 mars. Photo Jeanne Roux", "fr"),
        ("La digue vue depuis le port, mardi soir. Photo LC /Paul Mercier", "fr"),
        ("Photo LC /Paul Mercier", "fr"),
        ("This video can not be played", "en"),
        ("Please enable JavaScript in your browser to watch this clip.", "en"),
        ("This story appeared in the spring 2025 issue of Harbour Monthly.", "en"),
        ("Cette vidéo ne peut pas être lue pour le moment.", "fr"),
        ("Cet article est paru dans le numéro d'avril de Valmont Mag.", "fr"),
        ("By submitting your email, you accept the letter's rules and our privacy policy.", "en"),
        ("Get in touch with our harbour desk by writing to desk@gazette.example.", "en"),
        ("For more stories like this, visit our ferries page.", "en"),
        (
            "Nora Pell covers the harbour and the islands. Reach her at nora@gazette.example "
            "or 555-0100.",
            "en",
        ),
    ],
)
def test_widget_notices_and_wire_furniture_go(line, lang):
    article = ARTICLE_EN if lang == "en" else ARTICLE_FR
    output = cleaned([*article, line], lang)
    assert line not in output
    assert_keeps_article(output, article)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Ruth Calloway on the quay at dawn (Picture: Harbour Board)", "en"),
        ("Item 2 of 4 A ferry leaves the harbour at dawn, March 3, 2025. REUTERS/Kit Moss", "en"),
        ("A ferry leaves the harbour at dawn, March 3. AFP/Jo Roux/File Photo", "en"),
        ("Refresh", "en"),
        ("Image Credits: Harbour Board", "en"),
        ("Accept and show the post", "en"),
        ("Partager le post", "fr"),
        ("Actualiser", "fr"),
        ("Accepter et afficher le contenu", "fr"),
    ],
)
def test_captions_buttons_and_consent_links_between_paragraphs_go(line, lang):
    article = ARTICLE_EN if lang == "en" else ARTICLE_FR
    output = cleaned([*article[:2], line, *article[2:]], lang)
    assert line not in output
    assert_keeps_article(output, article)


def test_live_blog_posts_under_a_bare_time_and_their_photos():
    posts = [
        (
            "La digue du port a cédé sur vingt mètres",
            "Les services techniques de la ville ont fermé le quai nord dans la matinée et "
            "demandent aux promeneurs de rester à distance des blocs.",
        ),
        (
            "Les ferries restent à quai",
            "La compagnie annule toutes les traversées de l'après-midi et promet un point à "
            "18 heures sur celles du soir, selon un communiqué.",
        ),
        (
            "Une école évacuée par précaution",
            "Les soixante élèves de l'école du port ont été accueillis au gymnase, a indiqué la "
            "mairie, qui attend l'avis d'un expert avant de rouvrir le bâtiment.",
        ),
    ]
    page = [
        "EN DIRECT - Tempête sur Valmont : la digue du port a cédé",
        "Les vagues ont submergé le front de mer dans la nuit, et la préfecture demande aux "
        "habitants du quartier du port de ne pas sortir.",
        "Mis à jour il y a 3 minutes",
        "Partager",
    ]
    figure = [
        "Le quai nord après le passage de la vague, mardi matin.",
        "JEANNE ROUX / Le Courrier",
    ]
    for n, (heading, text) in enumerate(posts):
        page += [f"1{n}h0{n}", heading, text, "Partager le post"]
    # A post that is a photo and its text, without a heading.
    page += ["13h30", *figure, posts[0][1].replace("quai nord", "quai sud"), "Partager le post"]
    output = cleaned(page, "fr")
    for heading, text in posts:
        assert heading in output
        assert text in output
    for residue in ["10h00", "11h01", "Partager le post", *figure]:
        assert residue not in output


def test_a_caption_under_the_byline_furniture_goes_and_the_standfirst_stays():
    page = [
        HEADLINE_EN,
        STANDFIRST_EN,
        "By Nora Pell",
        "Updated 09:31, 12 March 2025",
        "Share",
        "The night ferry leaves the pier, March 3.",
        "Kit Moss/Harbour Gazette",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [HEADLINE_EN, STANDFIRST_EN, *ARTICLE_EN]


def test_a_list_closing_the_article_is_kept_with_its_opening_line():
    items = [
        "The harbour board says the new timetable will:",
        "- add a crossing after midnight from the first of April;",
        "- keep the fares of the evening boats until next year;",
        "- be reviewed by the board after twelve months.",
    ]
    page = [HEADLINE_EN, "By Nora Pell", *ARTICLE_EN, *items, "Share this story", "Most Popular"]
    output = cleaned(page, "en")
    assert output.split("\n") == [HEADLINE_EN, *ARTICLE_EN, *items]


def test_a_key_points_label_that_also_names_a_section_is_kept_over_its_points():
    points = [
        "- Le budget de Valmont augmente de 4 % cette année.",
        "- Les écoles reçoivent la plus grande part de la hausse.",
        "- L'opposition a voté contre ce budget mardi soir.",
    ]
    page = [
        "Valmont adopte un budget en hausse",
        "Par Hélène Vasseur",
        "Partager",
        "L'essentiel",
        *points,
        *ARTICLE_FR,
    ]
    output = cleaned(page, "fr")
    assert output.split("\n") == [
        "Valmont adopte un budget en hausse",
        "L'essentiel",
        *points,
        *ARTICLE_FR,
    ]
    assert depeche.clean(output, lang="fr") == output


def test_the_blurb_of_a_newsletter_box_between_its_title_and_button_goes():
    page = [
        *ARTICLE_FR[:2],
        "La newsletter Valmont",
        "Tous les vendredis, le meilleur de la semaine dans votre commune.",
        "Je m'inscris",
        ARTICLE_FR[2],
    ]
    output = cleaned(page, "fr")
    assert output.split("\n") == ARTICLE_FR


def test_a_facts_box_closing_the_article_is_kept():
    facts = ["Crossing time: 40 minutes.", "Operator: Harbour Ferries Ltd."]
    page = [HEADLINE_EN, "By Nora Pell", *ARTICLE_EN, *facts, "Share", "Most Popular"]
    output = cleaned(page, "en")
    assert output.split("\n") == [HEADLINE_EN, *ARTICLE_EN, *facts]


def test_a_headline_a_score_line_and_a_standfirst_without_full_stop_are_the_head():
    head = [
        "Late Pell header lifts Harbour over the Islanders in a scrappy derby",
        "Harbour 1-0 Islanders",
        "The defender scores with her first touch after the home side had missed two penalties",
    ]
    page = [
        "Sport",
        *head,
        "Nora Pell at the Quay Ground",
        "Sat 8 Mar 2025 17.02 GMT",
        "Share on Facebook",
        "Share via Email",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [*head, *ARTICLE_EN]
    assert depeche.clean(output, lang="en") == output


def test_an_intertitle_opening_the_body_under_the_head_furniture_is_kept():
    page = [
        HEADLINE_EN,
        STANDFIRST_EN,
        "By Nora Pell",
        "Updated 09:31, 12 March 2025",
        "Refresh",
        "What we know so far",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert "What we know so far" in output
    assert "Refresh" not in output
    assert_keeps_article(output, [HEADLINE_EN, STANDFIRST_EN, *ARTICLE_EN])


def test_a_key_points_box_under_the_head_furniture_is_kept():
    points = [
        "Summary",
        "Night crossings to start in the spring",
        "Fares unchanged until next year",
        "Board to review the timetable after a year",
    ]
    page = [
        "Home > Local",
        HEADLINE_EN,
        "By Nora Pell and Tom Avery",
        "March 12, 2025 9:31 AM GMT Updated 2 hours ago",
        "Share",
        "The ferry at the pier, March 3, 2025. Photo: Harbour Board",
        *points,
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [HEADLINE_EN, *points, *ARTICLE_EN]


def test_author_and_paper_names_under_the_headline_are_skipped_for_it():
    page = [
        "Learn More",
        HEADLINE_EN,
        "Lisa Hart and Tom Bell",
        "Harbour Gazette Staff",
        "Published 10:02 AM EST Nov 19, 2019",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.startswith(HEADLINE_EN)
    assert "Lisa Hart" not in output
    assert "Harbour Gazette" not in output


def test_a_weather_widget_over_a_long_headline_is_not_taken_for_its_title():
    headline = (
        "Storm surge floods harbour streets, leaves hundreds of families without power overnight"
    )
    page = [
        "Menu",
        "Local News",
        "Harbour County",
        "Weather: 52°F Windy",
        headline,
        "By: Nora Pell",
        "Posted 6:10 AM, Feb 02, 2026",
        "Facebook",
        "Email",
        *ARTICLE_EN,
    ]
    output = cleaned(page, "en")
    assert output.split("\n") == [headline, *ARTICLE_EN]
    assert cleaned(["Météo : 12 °C Nuageux", *ARTICLE_FR], "fr") == "\n".join(ARTICLE_FR)
