# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds dev.jsonl: the team's own annotated quotation set (written for depeche, CC0).

Each article is news-style French or English text written from scratch for this project, with
the phenomena of issue 4 and some scraping residue. Gold quotations are given as their text,
in order of appearance; speaker mentions and cues as strings (or ``(context, string)`` pairs)
found nearest to the quotation. Offsets are computed here, in code points, and verified, so
nobody counts characters by hand. Run ``python tests/data/quotes/build_dev.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

import json
from pathlib import Path

NB = "\u00a0"
NNB = "\u202f"

Spec = str | tuple[str, str] | None


class ArticleSet:
    """The articles of one team set, in order, and how to write them as JSONL."""

    def __init__(self) -> None:
        self.articles: list[dict] = []

    def article(
        self, ident: str, lang: str, text: str, quotes: list[tuple], non_quotes: list[str] = ()
    ) -> None:
        self.articles.append(
            {
                "id": ident,
                "lang": lang,
                "text": text,
                "quotes": quotes,
                "non_quotes": list(non_quotes),
            }
        )

    def write(self, out: Path, words_range: tuple[int, int] = (150, 400)) -> None:
        with out.open("w", encoding="utf-8") as f:
            for item in self.articles:
                f.write(json.dumps(build(item, words_range), ensure_ascii=False) + "\n")
        print(f"wrote {len(self.articles)} articles to {out}")


DEV = ArticleSet()
article = DEV.article


article(
    "dev-fr01",
    "fr",
    f"""« Nous ne fermerons aucune école » : la maire de Rouen défend son budget

Publié le 12/03/2024 à 18h05 · Mis à jour le 12/03/2024 à 19h40

La maire de Rouen, Hélène Garnier, a présenté mardi soir un budget en hausse de 4 % devant le conseil municipal. «{NB}Nous ne fermerons aucune école et nous ne toucherons pas aux cantines{NB}», a-t-elle déclaré sous les applaudissements de sa majorité.
L’opposition, menée par le conseiller Bertrand Lemaire, a dénoncé un budget «{NB}insincère{NB}». «{NB}Les recettes sont surestimées, a expliqué M. Lemaire, et la dette va exploser.{NB}» Il a demandé la publication d’un audit indépendant.
Mme Garnier a balayé ces critiques. «{NB}Chaque euro est documenté. Les comptes sont publics depuis janvier{NB}», a insisté l’élue, qui rappelle que la ville a réduit son endettement de 12 millions d’euros depuis 2020.
Partager sur Facebook Partager sur Twitter Envoyer par e-mail
Selon l’adjoint aux finances, Karim Benali, la hausse des dépenses reste «{NB}parfaitement maîtrisée{NB}». Il a précisé que le programme «{NB}Rouen Respire{NB}» serait prolongé jusqu’en 2026 et que les tarifs de la piscine municipale resteraient inchangés.
La préfecture de Seine-Maritime a indiqué dans un communiqué qu’elle examinerait le document «{NB}dans les délais légaux{NB}». Le vote définitif est prévu le 28 mars.
Lire aussi : Rouen : le tramway prolongé jusqu’à Darnétal""",
    [
        ("Nous ne fermerons aucune école", "Hélène Garnier", None, None),
        (
            "Nous ne fermerons aucune école et nous ne toucherons pas aux cantines",
            "Hélène Garnier",
            ("a-t-elle", "elle"),
            "a-t-elle déclaré",
        ),
        ("insincère", "opposition", "L’opposition", "a dénoncé"),
        ("Les recettes sont surestimées", "Bertrand Lemaire", "M. Lemaire", "a expliqué"),
        ("et la dette va exploser.", "Bertrand Lemaire", "M. Lemaire", "a expliqué"),
        (
            "Chaque euro est documenté. Les comptes sont publics depuis janvier",
            "Hélène Garnier",
            "l’élue",
            "a insisté",
        ),
        ("parfaitement maîtrisée", "Karim Benali", "Karim Benali", "Selon"),
        (
            "dans les délais légaux",
            "préfecture de Seine-Maritime",
            "La préfecture de Seine-Maritime",
            "a indiqué",
        ),
    ],
    ["Rouen Respire"],
)

article(
    "dev-fr02",
    "fr",
    """Guerre commerciale : Bruxelles menace Pékin de représailles

Par Julien Morel, correspondant à Bruxelles

Le commissaire européen au Commerce, Anders Lindqvist, a averti jeudi que l’Union européenne était prête à imposer des droits de douane sur les véhicules électriques chinois. « Nous ne laisserons pas notre industrie se faire écraser par des subventions déloyales », a-t-il déclaré lors d’une conférence de presse à Bruxelles.
Le ministère chinois du Commerce a aussitôt dénoncé une mesure « protectionniste » et promis une réponse « ferme ». « La Chine prendra toutes les mesures nécessaires pour défendre ses intérêts », a indiqué son porte-parole, Wang Jun, cité par l’agence Chine nouvelle.
Interrogée par le journaliste de RTL Marc Vidal, la ministre déléguée au Commerce extérieur, Sophie Arnaud, a salué « une décision courageuse ». « Il était temps. Nos constructeurs attendaient ce signal depuis des mois », a-t-elle ajouté.
M. Lindqvist doit rencontrer son homologue chinois la semaine prochaine à Genève. Selon lui, un accord reste « possible, mais pas à n’importe quel prix ».
« Nous voulons une concurrence loyale, pas une guerre commerciale. »
Les constructeurs allemands, eux, s’inquiètent. « Une escalade serait catastrophique pour nos exportations », a estimé la fédération VDA dans un communiqué.""",
    [
        (
            "Nous ne laisserons pas notre industrie se faire écraser par des subventions déloyales",
            "Anders Lindqvist",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "protectionniste",
            "ministère chinois du Commerce",
            "Le ministère chinois du Commerce",
            "a aussitôt dénoncé",
        ),
        ("ferme", "ministère chinois du Commerce", "Le ministère chinois du Commerce", "promis"),
        (
            "La Chine prendra toutes les mesures nécessaires pour défendre ses intérêts",
            "Wang Jun",
            "Wang Jun",
            "a indiqué",
        ),
        ("une décision courageuse", "Sophie Arnaud", "Sophie Arnaud", "a salué"),
        (
            "Il était temps. Nos constructeurs attendaient ce signal depuis des mois",
            "Sophie Arnaud",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "possible, mais pas à n’importe quel prix",
            "Anders Lindqvist",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Nous voulons une concurrence loyale, pas une guerre commerciale.",
            "Anders Lindqvist",
            None,
            None,
        ),
        (
            "Une escalade serait catastrophique pour nos exportations",
            "fédération VDA",
            "la fédération VDA",
            "a estimé",
        ),
    ],
)

article(
    "dev-fr03",
    "fr",
    f"""Ligue 1 : Lens renverse Nantes au bout du suspense

Publié le 03/11 à 23h12

Mené 0-2 à la pause, le RC Lens s’est imposé 3-2 samedi soir face au FC Nantes. L’entraîneur lensois, Patrice Caron, n’a pas caché sa fierté après la rencontre.
« À la mi-temps, je leur ai dit de ne rien lâcher. Ce groupe a un cœur énorme.
« On a longtemps couru après le score, mais on n’a jamais paniqué », a-t-il poursuivi en conférence de presse.
Le capitaine Yanis Ferreira, auteur du but de la victoire à la 88e minute, a parlé d’un match "fou". "On savait qu’on pouvait revenir. Le public nous a portés, explique-t-il. Sans eux, on ne gagne pas ce soir."
Côté nantais, le discours était plus amer. «{NNB}Nous avons offert trois buts, a regretté le défenseur Malik Touré. C’est inacceptable à ce niveau.
Le club nantais a annoncé que son président s’exprimerait lundi. Nantes reste 15e avec 11 points.
Voir les commentaires
Cet article vous a-t-il été utile ? Oui Non""",
    [
        (
            "À la mi-temps, je leur ai dit de ne rien lâcher. Ce groupe a un cœur énorme.",
            "Patrice Caron",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "On a longtemps couru après le score, mais on n’a jamais paniqué",
            "Patrice Caron",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        ("fou", "Yanis Ferreira", "Yanis Ferreira", "a parlé"),
        (
            "On savait qu’on pouvait revenir. Le public nous a portés",
            "Yanis Ferreira",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "Sans eux, on ne gagne pas ce soir.",
            "Yanis Ferreira",
            ("explique-t-il", "il"),
            "explique",
        ),
        ("Nous avons offert trois buts", "Malik Touré", "Malik Touré", "a regretté"),
        ("C’est inacceptable à ce niveau.", "Malik Touré", "Malik Touré", "a regretté"),
    ],
)

article(
    "dev-fr04",
    "fr",
    """Santé : l’Anses alerte sur les boissons énergisantes

L’Agence nationale de sécurité sanitaire (Anses) a publié mercredi un avis sur les boissons énergisantes, dont la consommation chez les adolescents a doublé en cinq ans. L’agence juge ces produits « à risque » pour les moins de 18 ans et recommande d’en interdire la vente aux mineurs.
« Nous observons des palpitations, des troubles du sommeil et, dans de rares cas, des accidents cardiaques », a détaillé le docteur Claire Fontaine, qui a coordonné l’expertise.
Le rapport, intitulé « Boissons énergisantes et jeunesse », s’appuie sur 1 200 signalements. Selon la chercheuse, certains jeunes consomment « jusqu’à cinq canettes par jour ».
Les fabricants contestent. « Nos produits respectent strictement la réglementation européenne », a réagi le Syndicat des boissons rafraîchissantes, qui parle d’un avis « alarmiste ».
Le ministre de la Santé, Paul Dervaux, s’est dit « très attentif » aux conclusions. Il a déclaré au micro de franceinfo : « Je n’exclus pas de légiférer. La santé des enfants passe avant le chiffre d’affaires. »
Pour le professeur Louis Mercier, cardiologue à Lyon, l’avis est « bienvenu mais tardif ». « On nous répétait “ce n’est que du sucre et de la caféine”, et on voit le résultat », a-t-il confié.
Newsletter Santé Recevez chaque semaine l’essentiel de l’actualité santé. S’inscrire""",
    [
        ("à risque", "Agence nationale de sécurité sanitaire", "L’agence", "juge"),
        (
            "Nous observons des palpitations, des troubles du sommeil et, dans de rares cas, des accidents cardiaques",
            "Claire Fontaine",
            "Claire Fontaine",
            "a détaillé",
        ),
        ("jusqu’à cinq canettes par jour", "Claire Fontaine", "la chercheuse", "Selon"),
        (
            "Nos produits respectent strictement la réglementation européenne",
            "Syndicat des boissons rafraîchissantes",
            "le Syndicat des boissons rafraîchissantes",
            "a réagi",
        ),
        (
            "alarmiste",
            "Syndicat des boissons rafraîchissantes",
            "le Syndicat des boissons rafraîchissantes",
            "parle",
        ),
        ("très attentif", "Paul Dervaux", "Paul Dervaux", "s’est dit"),
        (
            "Je n’exclus pas de légiférer. La santé des enfants passe avant le chiffre d’affaires.",
            "Paul Dervaux",
            ("Il a déclaré", "Il"),
            "a déclaré",
        ),
        ("bienvenu mais tardif", "Louis Mercier", "Louis Mercier", "Pour"),
        (
            "On nous répétait “ce n’est que du sucre et de la caféine”, et on voit le résultat",
            "Louis Mercier",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
    ],
    ["Boissons énergisantes et jeunesse"],
)

article(
    "dev-fr05",
    "fr",
    """Incendie d’un entrepôt à Vénissieux : un suspect mis en examen

Un homme de 34 ans a été mis en examen vendredi pour « destruction volontaire par incendie », a annoncé le parquet de Lyon. Le feu avait ravagé dans la nuit de mardi un entrepôt de 5 000 mètres carrés de la zone industrielle.
« Les investigations ont permis d’établir sa présence sur les lieux quelques minutes avant le départ du feu », a précisé la procureure de la République, Nadia Chergui, lors d’un point presse. Elle a ajouté que le suspect avait « partiellement reconnu les faits ».
L’avocat du mis en examen, Me Thomas Beaulieu, conteste cette version. « Mon client était présent, mais il n’a rien allumé. Le dossier est vide », a-t-il affirmé à l’AFP.
D’après les pompiers, quarante salariés ont été placés au chômage technique. « On ne sait pas quand on pourra reprendre », a confié à notre journaliste Samia Haddad un cariste de l’entreprise, qui souhaite garder l’anonymat.
"On a tout perdu", résume le gérant, Fabrice Olmi. "Trente ans de travail partis en fumée."
PUBLICITÉ""",
    [
        (
            "destruction volontaire par incendie",
            "parquet de Lyon",
            "le parquet de Lyon",
            "a annoncé",
        ),
        (
            "Les investigations ont permis d’établir sa présence sur les lieux quelques minutes avant le départ du feu",
            "Nadia Chergui",
            "Nadia Chergui",
            "a précisé",
        ),
        ("partiellement reconnu les faits", "Nadia Chergui", "Elle", "a ajouté"),
        (
            "Mon client était présent, mais il n’a rien allumé. Le dossier est vide",
            "Thomas Beaulieu",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "On ne sait pas quand on pourra reprendre",
            "cariste",
            "un cariste de l’entreprise",
            "a confié",
        ),
        ("On a tout perdu", "Fabrice Olmi", "Fabrice Olmi", "résume"),
        ("Trente ans de travail partis en fumée.", "Fabrice Olmi", "Fabrice Olmi", "résume"),
    ],
)

article(
    "dev-fr06",
    "fr",
    """Cannes : « Les Heures blanches » remporte la Palme d’or

La cinéaste belge Inès Vandamme a reçu samedi soir la Palme d’or pour son film « Les Heures blanches », un drame sur la fin de vie tourné en huit semaines dans les Ardennes. « Ce prix appartient à toutes les femmes qui filment ce qu’on ne veut pas voir », a-t-elle lancé, visiblement émue, en recevant le trophée des mains de l’acteur Hugo Bertin.
Le président du jury, le réalisateur américain Daniel Ross, a salué « une œuvre d’une rare délicatesse ». « Nous avons été unanimes dès la première projection », a-t-il confié aux journalistes.
Tout le monde n’était pas convaincu. Le critique Antoine Legrand a jugé le film « trop long » sur le plateau de l’émission « Le Masque du soir ».
Le festival, marqué par la grève des intermittents et l’opération « Tapis vert », s’est achevé sans incident, selon la préfecture des Alpes-Maritimes.
Réagissez à cet article""",
    [
        (
            "Ce prix appartient à toutes les femmes qui filment ce qu’on ne veut pas voir",
            "Inès Vandamme",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("une œuvre d’une rare délicatesse", "Daniel Ross", "Daniel Ross", "a salué"),
        (
            "Nous avons été unanimes dès la première projection",
            "Daniel Ross",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        ("trop long", "Antoine Legrand", "Antoine Legrand", "a jugé"),
    ],
    ["Les Heures blanches", "Les Heures blanches", "Le Masque du soir", "Tapis vert"],
)

article(
    "dev-en01",
    "en",
    """Governor signs water bill after months of deadlock

By Laura Chen | Published 6:42 p.m. ET March 4, 2024

SACRAMENTO — Governor Maria Delgado signed a $2 billion water infrastructure bill on Monday, ending a months-long standoff with state lawmakers. “This is the most important investment in our water system in a generation,” Delgado said at a signing ceremony in Fresno.
The bill, known as the “Clean Taps Act,” funds pipe replacement in 140 rural communities. Republicans had called an earlier version “a blank check for bureaucrats.”
“We fought for accountability and we got it,” said state Senator Tom Whitaker, who negotiated the final deal. “Every dollar will be audited.”
Advertisement
Not everyone was satisfied. Environmental groups said the bill did too little for groundwater. “It’s a start, but it isn’t the finish line,” Jenna Park, director of the advocacy group Rivers First, told The Associated Press.
According to the state Department of Water Resources, about 900,000 residents still rely on contaminated wells. The department said in a statement that work would begin “as early as this summer.”
Delgado is expected to visit the Central Valley next week. Asked whether she would seek more funding, she said: “If the first phase works, I will be back for more.”
Sign up for our Politics newsletter""",
    [
        (
            "This is the most important investment in our water system in a generation,",
            "Maria Delgado",
            "Delgado",
            "said",
        ),
        ("a blank check for bureaucrats.", "Republicans", "Republicans", "called"),
        (
            "We fought for accountability and we got it,",
            "Tom Whitaker",
            "Senator Tom Whitaker",
            "said",
        ),
        ("Every dollar will be audited.", "Tom Whitaker", "Senator Tom Whitaker", "said"),
        ("It’s a start, but it isn’t the finish line,", "Jenna Park", "Jenna Park", "told"),
        ("as early as this summer.", "Department of Water Resources", "The department", "said"),
        (
            "If the first phase works, I will be back for more.",
            "Maria Delgado",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Clean Taps Act,"],
)

article(
    "dev-en02",
    "en",
    """Chipmaker Voltis to cut 1,200 jobs as demand slumps

Voltis Semiconductor said on Wednesday it would cut 1,200 jobs, or about 8% of its workforce, after a second straight quarter of falling sales. “These are painful but necessary decisions,” the company said in a statement.
Chief executive Raj Malhotra told analysts on a conference call that the downturn had been “deeper and longer than anyone expected.” He added: “We are not going to cut our way to growth. We will keep investing in research.”
The company will also pause production of its “Nova X2” chip, which powers several mid-range smartphones. Shares fell 6% in early trading.
“Investors were bracing for bad news, but not this bad,” said Emily Hart, an analyst at Fairbrook Capital. She noted that rivals had so far avoided layoffs.
The union representing workers at the Dresden plant, IG Werk, called the cuts “a betrayal.” “Management took the subsidies and now it is taking the jobs,” union spokesman Peter Vogel said.
Malhotra, 52, took over in January from founder Alan Brooks, who once described the firm’s culture as “paranoid in the best way.”
Related: Europe’s chip ambitions face a reality check""",
    [
        (
            "These are painful but necessary decisions,",
            "Voltis Semiconductor",
            "the company",
            "said",
        ),
        ("deeper and longer than anyone expected.", "Raj Malhotra", "Raj Malhotra", "told"),
        (
            "We are not going to cut our way to growth. We will keep investing in research.",
            "Raj Malhotra",
            "He",
            "added",
        ),
        (
            "Investors were bracing for bad news, but not this bad,",
            "Emily Hart",
            "Emily Hart",
            "said",
        ),
        ("a betrayal.", "IG Werk", "IG Werk", "called"),
        (
            "Management took the subsidies and now it is taking the jobs,",
            "Peter Vogel",
            "Peter Vogel",
            "said",
        ),
        ("paranoid in the best way.", "Alan Brooks", "Alan Brooks", "described"),
    ],
    ["Nova X2"],
)

article(
    "dev-en03",
    "en",
    """Man jailed for 12 years over Leeds pension fraud

A businessman who defrauded pension savers of £4.3m has been jailed for 12 years.
Graham Whitfield, 58, from Harrogate, was sentenced at Leeds Crown Court on Friday after a six-week trial.
Judge Helen Marsh told him: ‘You abused the trust of people who had worked all their lives. Many of them will never recover.’
She said his scheme, which he called ‘Project Harvest’, was ‘cynical from the very first day’.
Detective Inspector Sam Okafor, of West Yorkshire Police, said: ‘This was a complex investigation and I want to thank the victims for their patience.’
One victim, a retired nurse, said in a statement read to the court: ‘I lost my home. I lost my sleep. I lost my faith in people.’
Whitfield’s barrister, Oliver Grant KC, had argued that his client was ‘a poor manager, not a criminal’.
The court heard that the Smiths’ family trust alone had lost £600,000, and that Whitfield’s company had never made a single genuine investment.
Share this story: Facebook Twitter Email""",
    [
        (
            "You abused the trust of people who had worked all their lives. Many of them will never recover.",
            "Helen Marsh",
            "Judge Helen Marsh",
            "told",
        ),
        ("cynical from the very first day", "Helen Marsh", "She", "said"),
        (
            "This was a complex investigation and I want to thank the victims for their patience.",
            "Sam Okafor",
            "Detective Inspector Sam Okafor",
            "said",
        ),
        (
            "I lost my home. I lost my sleep. I lost my faith in people.",
            "retired nurse",
            "a retired nurse",
            "said",
        ),
        ("a poor manager, not a criminal", "Oliver Grant", "Oliver Grant", "had argued"),
    ],
    ["Project Harvest"],
)

article(
    "dev-en04",
    "en",
    """Kerrigan's late goal sends Rovers into cup final

Rovers 2 Athletic 1

Substitute Liam Kerrigan scored in the 89th minute to send Rovers into their first cup final in 19 years on Saturday, sparking wild celebrations among the 31,000 fans.
"I just closed my eyes and hit it," Kerrigan, 20, said afterwards. "My dad was in the stand. He's been waiting for this since I was six."
Rovers manager Gemma Holt, the only woman to coach in the league, praised her side's "refusal to accept defeat".
"At half-time I told them: 'Play like you have nothing to lose,'" Holt said. "They did exactly that."
Athletic boss Dean Rowley was furious about the winner, claiming his goalkeeper had been fouled. "It's a clear foul. Everyone in the ground saw it except the one man who matters," he told BBC Sport.
The final will be played at Wembley on May 18. Tickets go on sale on Monday via the club's website.
Most read""",
    [
        ("I just closed my eyes and hit it,", "Liam Kerrigan", "Kerrigan", "said"),
        (
            "My dad was in the stand. He's been waiting for this since I was six.",
            "Liam Kerrigan",
            "Kerrigan",
            "said",
        ),
        ("refusal to accept defeat", "Gemma Holt", "Gemma Holt", "praised"),
        (
            "At half-time I told them: 'Play like you have nothing to lose,'",
            "Gemma Holt",
            "Holt",
            "said",
        ),
        ("They did exactly that.", "Gemma Holt", "Holt", "said"),
        (
            "It's a clear foul. Everyone in the ground saw it except the one man who matters,",
            "Dean Rowley",
            ("he told", "he"),
            "told",
        ),
    ],
)

article(
    "dev-en05",
    "en",
    """Study links night-shift work to higher diabetes risk

People who regularly work night shifts are 30% more likely to develop type 2 diabetes, according to a study published on Tuesday.
The researchers followed 48,000 nurses in Denmark for 15 years. Lead author Dr. Anne Sørensen, an epidemiologist at the University of Copenhagen, said the findings were "robust and consistent."
"We adjusted for diet, exercise and family history, and the association remained," she said.
"What surprised us most was how quickly the risk fell once people stopped working nights. After three years it was almost back to normal.
"That is genuinely good news for anyone who has done shift work," Sørensen added.
Professor Mark Ellis of King's College London, who was not involved in the research, cautioned that the study showed "a link, not a cause."
The World Health Organization classifies night-shift work as a probable carcinogen. A spokesperson for the National Health Service said it was "reviewing the evidence""",
    [
        ("robust and consistent.", "Anne Sørensen", "Dr. Anne Sørensen", "said"),
        (
            "We adjusted for diet, exercise and family history, and the association remained,",
            "Anne Sørensen",
            ("she said", "she"),
            "said",
        ),
        (
            "What surprised us most was how quickly the risk fell once people stopped working nights. After three years it was almost back to normal.",
            "Anne Sørensen",
            "Sørensen",
            "added",
        ),
        (
            "That is genuinely good news for anyone who has done shift work,",
            "Anne Sørensen",
            "Sørensen",
            "added",
        ),
        ("a link, not a cause.", "Mark Ellis", "Professor Mark Ellis", "cautioned"),
        (
            "reviewing the evidence",
            "National Health Service",
            "A spokesperson for the National Health Service",
            "said",
        ),
    ],
)

article(
    "dev-en06",
    "en",
    """‘We will not be intimidated’: Baltic leaders defy Moscow

Estonia’s prime minister, Kristiina Tamm, said on Thursday that her government would expel four Russian diplomats accused of espionage. “We will not be intimidated by threats or by cyberattacks,” she told parliament in Tallinn.
Russia’s foreign ministry spokeswoman, Irina Volkova, called the decision “a hostile act” and promised a response. Moscow would react “in a measured but firm way,” she said, according to the state news agency Tass.
Latvian President Andris Ozols met Tamm in Riga later in the day. “Our countries face the same threat, and we will answer it together,” he said after the meeting.
According to Nato officials, at least 14 Russian diplomats have been expelled from the Baltic states since January.
The EU’s foreign policy chief, Lena Hoffmann, told reporters in Brussels that the bloc stood “fully behind” Estonia. Asked about sanctions, Hoffmann said: “Everything is on the table.”
Advertisement""",
    [
        ("We will not be intimidated", "Kristiina Tamm", None, None),
        (
            "We will not be intimidated by threats or by cyberattacks,",
            "Kristiina Tamm",
            ("she told", "she"),
            "told",
        ),
        ("a hostile act", "Irina Volkova", "Irina Volkova", "called"),
        ("in a measured but firm way,", "Irina Volkova", ("she said", "she"), "said"),
        (
            "Our countries face the same threat, and we will answer it together,",
            "Andris Ozols",
            ("he said", "he"),
            "said",
        ),
        ("fully behind", "Lena Hoffmann", "Lena Hoffmann", "told"),
        ("Everything is on the table.", "Lena Hoffmann", "Hoffmann", "said"),
    ],
)

# Written after the extractor was tuned on the twelve articles above and scored once, unseen,
# before any further change: they measure how the rules carry to new text.
article(
    "dev-fr07",
    "fr",
    """Grève à la SNCF : « Nous irons jusqu’au bout », préviennent les syndicats

Les syndicats de cheminots ont appelé mardi à une grève reconductible à partir du 5 juin, en pleine négociation sur les salaires et les fins de carrière. « Nous irons jusqu’au bout si la direction ne revient pas sur la réforme des retraites maison », a prévenu Laurent Vasseur, secrétaire général de la CGT-Cheminots, lors d’une conférence de presse à Paris.
La direction de la SNCF a aussitôt réagi. Son PDG, Denis Vautrin, a jugé cet appel « irresponsable à quelques semaines des vacances ». « Le dialogue n’est pas rompu. Ma porte reste ouverte », a-t-il assuré sur France Info.
Selon la ministre des Transports, Clara Besson, le gouvernement « n’interviendra pas dans une négociation d’entreprise ». Elle a toutefois appelé les deux parties à « trouver un compromis rapidement ».
Les usagers, eux, s’inquiètent. « Je fais deux heures de trajet chaque jour. Si les trains s’arrêtent, je perds mon emploi », témoigne Julie, infirmière à Creil, rencontrée gare du Nord.
Abonnez-vous pour lire la suite""",
    [
        ("Nous irons jusqu’au bout", "syndicats", "les syndicats", "préviennent"),
        (
            "Nous irons jusqu’au bout si la direction ne revient pas sur la réforme des retraites maison",
            "Laurent Vasseur",
            "Laurent Vasseur",
            "a prévenu",
        ),
        (
            "irresponsable à quelques semaines des vacances",
            "Denis Vautrin",
            "Denis Vautrin",
            "a jugé",
        ),
        (
            "Le dialogue n’est pas rompu. Ma porte reste ouverte",
            "Denis Vautrin",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "n’interviendra pas dans une négociation d’entreprise",
            "Clara Besson",
            "Clara Besson",
            "Selon",
        ),
        ("trouver un compromis rapidement", "Clara Besson", "Elle", "a toutefois appelé"),
        (
            "Je fais deux heures de trajet chaque jour. Si les trains s’arrêtent, je perds mon emploi",
            "Julie",
            "Julie",
            "témoigne",
        ),
    ],
)

article(
    "dev-fr08",
    "fr",
    """Tempête : trois départements bretons et normands en vigilance rouge

Météo-France a placé mercredi le Finistère, les Côtes-d’Armor et la Manche en vigilance rouge pour vents violents, une première depuis quatre ans. « Des rafales de 150 à 170 km/h sont attendues sur le littoral dans la nuit de jeudi », a indiqué le prévisionniste Hervé Quéré.
Le préfet du Finistère, Alain Ducros, a ordonné la fermeture des écoles, des parcs et des plages. « La consigne est simple : restez chez vous », a-t-il martelé jeudi matin sur France Bleu.
À Brest, les commerçants se préparent au pire. « On a tout rentré, on a scotché les vitrines. On croise les doigts », raconte Maryvonne Le Gall, fleuriste rue de Siam depuis vingt ans.
Selon Enedis, 40 000 foyers pourraient être privés d’électricité. L’entreprise a mobilisé « 3 000 techniciens » pour rétablir le courant « dans les meilleurs délais ».
Plus d’informations à suivre.""",
    [
        (
            "Des rafales de 150 à 170 km/h sont attendues sur le littoral dans la nuit de jeudi",
            "Hervé Quéré",
            "Hervé Quéré",
            "a indiqué",
        ),
        (
            "La consigne est simple : restez chez vous",
            "Alain Ducros",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "On a tout rentré, on a scotché les vitrines. On croise les doigts",
            "Maryvonne Le Gall",
            "Maryvonne Le Gall",
            "raconte",
        ),
        ("3 000 techniciens", "Enedis", "L’entreprise", None),
        ("dans les meilleurs délais", "Enedis", "L’entreprise", None),
    ],
)

article(
    "dev-en07",
    "en",
    """Regulator fines Mettaline €1.2bn over data transfers

Ireland’s Data Protection Commission fined Mettaline €1.2bn on Monday for transferring European users’ data to the United States, the largest penalty ever imposed under the EU’s privacy law.
“This was a serious and systematic breach,” the commission said in its ruling. Commissioner Aoife Brennan told reporters in Dublin that the company had “ignored repeated warnings.”
Mettaline said it would appeal. “We are disappointed by this decision, which singles out one company for an industry-wide practice,” said Mark Delaney, the company’s head of global affairs. “We will seek a stay from the courts.”
Privacy campaigners welcomed the fine but said it came too late. “Four years is a lifetime on the internet,” said Sophie Lang, who leads the advocacy group Digital Rights Watch. According to Lang, the company “should have been stopped in 2020.”
The ruling gives Mettaline five months to suspend the transfers. Analysts at Barwick & Co said the fine amounted to roughly three weeks of the company’s profit.
Read more: What the EU’s new data rules mean for you""",
    [
        (
            "This was a serious and systematic breach,",
            "Data Protection Commission",
            "the commission",
            "said",
        ),
        ("ignored repeated warnings.", "Aoife Brennan", "Commissioner Aoife Brennan", "told"),
        (
            "We are disappointed by this decision, which singles out one company for an industry-wide practice,",
            "Mark Delaney",
            "Mark Delaney",
            "said",
        ),
        ("We will seek a stay from the courts.", "Mark Delaney", "Mark Delaney", "said"),
        ("Four years is a lifetime on the internet,", "Sophie Lang", "Sophie Lang", "said"),
        (
            "should have been stopped in 2020.",
            "Sophie Lang",
            ("According to Lang", "Lang"),
            "According to",
        ),
    ],
)

article(
    "dev-en08",
    "en",
    """Council approves plan for 400 homes despite protests

Councillors in Bristol have approved plans for 400 homes on the site of a former tobacco factory, despite a petition signed by more than 6,000 residents who fear the loss of the last green space in the area.
Speaking after the vote, council leader Marvin Hale said: ‘We need these homes. Young families are being priced out of the city.’
Campaigner Ruth Okoye, who organised the petition, described the decision as ‘a betrayal of everyone who lives here’. She told the Post she would seek a judicial review.
The developer, Harbourside Living, said in a statement that 30% of the homes would be ‘genuinely affordable’. A spokeswoman added: ‘We have listened to residents and reduced the height of the tallest building.’
Work is expected to begin next spring. The site has been empty since the factory closed in 2019.
Comments are closed for this article""",
    [
        (
            "We need these homes. Young families are being priced out of the city.",
            "Marvin Hale",
            "council leader Marvin Hale",
            "said",
        ),
        (
            "a betrayal of everyone who lives here",
            "Ruth Okoye",
            "Campaigner Ruth Okoye",
            "described",
        ),
        ("genuinely affordable", "Harbourside Living", "Harbourside Living", "said"),
        (
            "We have listened to residents and reduced the height of the tallest building.",
            "Harbourside Living",
            "A spokeswoman",
            "added",
        ),
    ],
)


def nearest(text: str, spec: Spec, anchor: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of ``spec`` closest to the quotation ``anchor``."""
    if spec is None:
        return None
    context, target = spec if isinstance(spec, tuple) else (spec, spec)
    best = None
    pos = text.find(context)
    while pos >= 0:
        start = pos + context.index(target)
        distance = min(abs(start - anchor[0]), abs(start - anchor[1]))
        if best is None or distance < best[0]:
            best = (distance, start)
        pos = text.find(context, pos + 1)
    if best is None:
        raise ValueError(f"{spec!r} not found")
    return best[1], best[1] + len(target)


def build(item: dict, words_range: tuple[int, int] = (150, 400)) -> dict:
    text = item["text"]
    quotes, cursor = [], 0
    for quote, speaker, mention, cue in item["quotes"]:
        start = text.find(quote, cursor)
        if start < 0:
            raise ValueError(f"{item['id']}: quote {quote!r} not found after {cursor}")
        end = start + len(quote)
        assert text[start:end] == quote
        cursor = start + 1
        m = nearest(text, mention, (start, end))
        c = nearest(text, cue, (start, end))
        quotes.append(
            {
                "start": start,
                "end": end,
                "speaker": speaker,
                "speaker_start": m and m[0],
                "speaker_end": m and m[1],
                "cue": c and text[c[0] : c[1]],
            }
        )
    non_quotes, cursor = [], 0
    for name in item["non_quotes"]:
        start = text.find(name, cursor)
        if start < 0:
            raise ValueError(f"{item['id']}: non-quote {name!r} not found")
        non_quotes.append({"start": start, "end": start + len(name), "text": name})
        cursor = start + 1
    words = len(text.split())
    low, high = words_range
    assert low <= words <= high, f"{item['id']}: {words} words"
    return {
        "id": item["id"],
        "lang": item["lang"],
        "text": text,
        "quotes": quotes,
        "non_quotes": non_quotes,
    }


def main() -> None:
    DEV.write(Path(__file__).with_name("dev.jsonl"))


if __name__ == "__main__":
    main()
