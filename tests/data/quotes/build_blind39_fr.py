# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind39_fr.jsonl: a thirty-ninth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: the last hand-made faïence workshop of
Nevers looking for a buyer (Le Journal du Centre, crafts and heritage: NBSP padding, a headline
quote with a role-noun cue, an interrupted quote with "M. X", a decor name and an association's
name in marks, a chamber of trades by communiqué, an unnamed painter, a follow-on quote without
a cue), cyanobacteria closing a lakeside beach near Bienne (Le Journal du Jura, Swiss local
news: unpadded « », a dek quote with a role-noun cue, a laboratory with a short name in
brackets, a two-paragraph testimony without a cue, a nickname in marks, an interrupted quote
cued by "le chimiste", "Selon lui", an unnamed bather), nine days without tap water east of
Oran (Le Quotidien d'Oran, Algerian public services: plain-spaced marks, a banner in marks, a
resident named by first name, an unnamed mother with a follow-on, a water company's Facebook
communiqué, an official's interrupted quote, "Pour"), fishermen against a hotel pontoon
(Le Mauricien, Mauritian coast: “ ” marks with a nested single-mark nickname, a headline partial quote
by a group, a hotel group's Facebook post quoted through "le texte", Kreol placards in marks, an
MP's post, an interrupted retort), a school pirogue that stopped running on the Oyapock
(Guyane la 1ère, overseas education: NNBSP padding, a headline quote without a cue, a régie
with a short name in brackets answering by e-mail, a pupil named by first name in an
interrupted quote, a mayor by role noun "l'élu", a cue-less follow-on), insecticide-resistant
flea beetles in rapeseed (Terre-net, agricultural trade press: plain-spaced marks, a dek partial
quote, a technical term and a report title in marks, an institute's report quoted, a union
with a short name in brackets quoted from its letter, a ministry through "Selon"), a singing
bus driver suspended then reinstated in Namur (7sur7, Belgian human-interest: straight "
marks, a headline quote with a pronoun cue, a song title and a video title in marks, an
operator's communiqué, a union delegate's interrupted quote, a spokeswoman by role noun, an
unnamed commuter) and a biomethanation plant opposed at a public meeting (Le Courrier de
Saint-Hyacinthe, Québec regional weekly: plain-spaced marks, a citizens' group name in marks, a
cue before a colon, a nested “ ”, a public-health body's opinion quoted, "Mme X", an
interrupted reply, an unnamed dairy farmer). Padding varies: NBSP, NNBSP, plain spaces, none.
Gold conventions are those of build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind39_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind39-fr01",
    "fr",
    f"""Nevers : «{NB}Si personne ne reprend, on éteint le four en décembre{NB}», prévient le faïencier

Nièvre > Nevers
Publié le 14/10/2025 à 17h30
Par Camille Dufrénoy

Fondée en 1889, la faïencerie Bourdelot-Carrez, rue des Récollets, est la dernière fabrique de la ville à produire encore entièrement à la main. Son gérant, Thierry Carrez, 67 ans, a annoncé samedi qu’il cherchait un repreneur avant la fin de l’année. Faute de quoi, l’atelier fermera ses portes le 31 décembre.
«{NB}Si personne ne reprend, on éteint le four en décembre. Je n’ai plus la force de tenir seul, et mes enfants ont fait d’autres choix{NB}», explique le faïencier, qui emploie encore deux peintres à mi-temps. L’atelier produit environ 3{NB}000 pièces par an, dont les assiettes au décor «{NB}bleu des Récollets{NB}», vendues jusqu’au Japon.
Le repreneur idéal{NB}? «{NB}Quelqu’un qui a les mains dans la terre, pas un investisseur, insiste M. Carrez. Le savoir-faire ne se transmet pas par tableur.{NB}» Il se dit prêt à accompagner la personne choisie «{NB}pendant un an, gratuitement s’il le faut{NB}».
Thierry Carrez dans son atelier, devant le four à bois installé en 1921. Photo Julien Sarrazin
La Ville prête à aider
Contactée, l’adjointe chargée du patrimoine et des métiers d’art, Nadège Roumier, assure que la municipalité «{NB}fera tout pour que la faïence reste à Nevers{NB}». Une réunion avec les services économiques est prévue le 4 novembre. «{NB}Nous pouvons aider sur le loyer des murs et sur la communication. Nous ne pouvons pas trouver un artisan à la place de M. Carrez{NB}», a-t-elle reconnu.
Dans un communiqué diffusé lundi, la Chambre des métiers et de l’artisanat de la Nièvre indique avoir inscrit l’atelier sur sa bourse de transmission et invite les céramistes intéressés à «{NB}se faire connaître sans attendre{NB}». La chambre rappelle qu’une vingtaine d’entreprises artisanales du département cherchent un repreneur chaque année.
Dans l’atelier, l’inquiétude est palpable. «{NB}J’ai 54 ans. Qui va m’embaucher pour peindre des assiettes à la main{NB}?{NB}», confie une peintre de l’atelier, employée depuis dix-neuf ans.
Lire aussi : Nevers : le musée des Bleus rouvre sa salle des grands plats
Les collectionneurs, eux, se mobilisent. L’association «{NB}Les Amis de la terre nivernaise{NB}» a lancé une cagnotte en ligne pour financer la rénovation du four, qui a recueilli 6{NB}400 euros en quatre jours. Sa présidente, Odile Vernay-Lacour, parle d’un «{NB}patrimoine vivant{NB}» qu’on ne peut pas «{NB}laisser partir au musée{NB}».
Depuis samedi, Thierry Carrez a reçu plusieurs appels.
«{NB}Une jeune céramiste de Limoges est venue dimanche, un couple de Belges doit passer la semaine prochaine. Je n’y croyais plus. Ça me redonne un peu d’espoir.{NB}»
Partager : Facebook X Email""",
    [
        (
            "Si personne ne reprend, on éteint le four en décembre",
            "Thierry Carrez",
            "le faïencier",
            "prévient",
        ),
        (
            "Si personne ne reprend, on éteint le four en décembre. Je n’ai plus la force de tenir seul, et mes enfants ont fait d’autres choix",
            "Thierry Carrez",
            "le faïencier",
            "explique",
        ),
        (
            "Quelqu’un qui a les mains dans la terre, pas un investisseur",
            "Thierry Carrez",
            "M. Carrez",
            "insiste",
        ),
        (
            "Le savoir-faire ne se transmet pas par tableur.",
            "Thierry Carrez",
            "M. Carrez",
            "insiste",
        ),
        (
            "pendant un an, gratuitement s’il le faut",
            "Thierry Carrez",
            ("Il se dit", "Il"),
            "se dit",
        ),
        (
            "fera tout pour que la faïence reste à Nevers",
            "Nadège Roumier",
            "Nadège Roumier",
            "assure",
        ),
        (
            "Nous pouvons aider sur le loyer des murs et sur la communication. Nous ne pouvons pas trouver un artisan à la place de M. Carrez",
            "Nadège Roumier",
            ("a-t-elle reconnu", "elle"),
            "a-t-elle reconnu",
        ),
        (
            "se faire connaître sans attendre",
            "Chambre des métiers et de l’artisanat de la Nièvre",
            "la Chambre des métiers et de l’artisanat de la Nièvre",
            "invite",
        ),
        (
            f"J’ai 54 ans. Qui va m’embaucher pour peindre des assiettes à la main{NB}?",
            "peintre",
            "une peintre de l’atelier",
            "confie",
        ),
        ("patrimoine vivant", "Odile Vernay-Lacour", "Odile Vernay-Lacour", "parle"),
        ("laisser partir au musée", "Odile Vernay-Lacour", "Odile Vernay-Lacour", "parle"),
        (
            "Une jeune céramiste de Limoges est venue dimanche, un couple de Belges doit passer la semaine prochaine. Je n’y croyais plus. Ça me redonne un peu d’espoir.",
            "Thierry Carrez",
            "Thierry Carrez",
            None,
        ),
    ],
    ["bleu des Récollets", "Les Amis de la terre nivernaise"],
)

article(
    "blind39-fr02",
    "fr",
    """Baignade interdite à la plage de la Neuveraie

Des cyanobactéries ont été détectées dans la baie de Chavannes-le-Lac. «Ce n’est pas le moment de jouer aux héros», avertit le chimiste cantonal.

Par Lucie Perrenoud | 02.08.2025, 18:05

Le drapeau rouge flotte depuis jeudi matin sur la plage de la Neuveraie, à Chavannes-le-Lac. Les analyses effectuées mardi par le Laboratoire cantonal de la protection des eaux (LCPE) ont révélé une concentration de cyanobactéries «nettement supérieure aux valeurs indicatives» dans la baie, indique le LCPE dans un communiqué. La baignade y est interdite jusqu’à nouvel avis, tout comme l’accès des chiens au rivage.
Les fortes chaleurs de la fin juillet et l’absence de vent ont favorisé la prolifération de ces algues bleues, qui peuvent produire des toxines. «Un chien qui boit cette eau peut mourir en quelques heures. Pour un enfant, on parle de vomissements, de diarrhées, d’irritations de la peau», détaille le chimiste cantonal, Markus Zbinden-Favre.
«Ce n’est pas le moment de jouer aux héros. Si l’eau est verdâtre ou qu’une écume se forme au bord, on ne se baigne pas, point», a-t-il insisté.
Surnommée «la petite Riviera» par les Biennois, la plage de la Neuveraie accueille jusqu’à 3000 personnes les week-ends d’été. Jeudi après-midi, elle était presque déserte.
La plage de la Neuveraie, désertée jeudi. Photo: Lea Schwab
Sur place, le gardien de bains, Cédric Amstutz, a passé la matinée à faire sortir de l’eau des baigneurs récalcitrants. «Certains me disent qu’ils viennent ici depuis quarante ans et qu’il ne leur est jamais rien arrivé. Je ne suis pas policier, je ne peux que leur expliquer.
«Le plus dur, ce sont les familles qui viennent de loin. Elles arrivent avec le pique-nique, les bouées, les grands-parents, et il faut leur dire de repartir.»
«On ira à Douanne-Plage, c’est à dix minutes en vélo», sourit une baigneuse venue de Granges-le-Haut, sa serviette encore sèche sur l’épaule.
La buvette, elle, reste ouverte. Son tenancier, Giuseppe Rota, estime perdre «au moins la moitié» de son chiffre d’affaires quotidien tant que durera l’interdiction.
«Les gens viennent pour se baigner, pas pour regarder l’eau.»
Lire aussi: Lac de Bienne: la surveillance des rives renforcée cet été
Le conseiller municipal chargé de la sécurité, Pierre-Alain Grosjean, regrette une situation «frustrante en plein mois d’août». Selon lui, la commune «n’a pas d’autre choix que d’appliquer les recommandations du canton». Des panneaux en français et en allemand ont été posés aux trois accès de la plage.
La suite dépendra de la météo. «Les prochaines analyses auront lieu lundi, précise le chimiste. Si les valeurs redescendent, la plage pourra rouvrir dans la foulée.» Un retour du vent et une baisse des températures pourraient accélérer les choses.
Partager | Commenter""",
    [
        (
            "Ce n’est pas le moment de jouer aux héros",
            "Markus Zbinden-Favre",
            "le chimiste cantonal",
            "avertit",
        ),
        (
            "nettement supérieure aux valeurs indicatives",
            "Laboratoire cantonal de la protection des eaux",
            "le LCPE",
            "indique",
        ),
        (
            "Un chien qui boit cette eau peut mourir en quelques heures. Pour un enfant, on parle de vomissements, de diarrhées, d’irritations de la peau",
            "Markus Zbinden-Favre",
            "Markus Zbinden-Favre",
            "détaille",
        ),
        (
            "Ce n’est pas le moment de jouer aux héros. Si l’eau est verdâtre ou qu’une écume se forme au bord, on ne se baigne pas, point",
            "Markus Zbinden-Favre",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        (
            "Certains me disent qu’ils viennent ici depuis quarante ans et qu’il ne leur est jamais rien arrivé. Je ne suis pas policier, je ne peux que leur expliquer.",
            "Cédric Amstutz",
            "Cédric Amstutz",
            None,
        ),
        (
            "Le plus dur, ce sont les familles qui viennent de loin. Elles arrivent avec le pique-nique, les bouées, les grands-parents, et il faut leur dire de repartir.",
            "Cédric Amstutz",
            "Cédric Amstutz",
            None,
        ),
        (
            "On ira à Douanne-Plage, c’est à dix minutes en vélo",
            "baigneuse",
            "une baigneuse venue de Granges-le-Haut",
            "sourit",
        ),
        ("au moins la moitié", "Giuseppe Rota", "Giuseppe Rota", "estime"),
        (
            "Les gens viennent pour se baigner, pas pour regarder l’eau.",
            "Giuseppe Rota",
            "Giuseppe Rota",
            None,
        ),
        (
            "frustrante en plein mois d’août",
            "Pierre-Alain Grosjean",
            "Pierre-Alain Grosjean",
            "regrette",
        ),
        (
            "n’a pas d’autre choix que d’appliquer les recommandations du canton",
            "Pierre-Alain Grosjean",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Les prochaines analyses auront lieu lundi",
            "Markus Zbinden-Favre",
            ("précise le chimiste", "le chimiste"),
            "précise",
        ),
        (
            "Si les valeurs redescendent, la plage pourra rouvrir dans la foulée.",
            "Markus Zbinden-Favre",
            ("précise le chimiste", "le chimiste"),
            "précise",
        ),
    ],
    ["la petite Riviera"],
)

article(
    "blind39-fr03",
    "fr",
    """Ouled Sabeur : neuf jours sans une goutte au robinet

par Karim Bouzeriba

Publié le 17 juillet 2025

Les habitants de la cité des 620-Logements, à Ouled Sabeur, à l’est d’Oran, n’ont plus reçu d’eau depuis le 8 juillet. En cause, une panne sur l’une des pompes haute pression de la station de dessalement de Kheir-Eddine, qui alimente une dizaine de localités du littoral est. Dimanche matin, une centaine de riverains ont bloqué la route nationale pendant près de deux heures pour exprimer leur colère.
« On achète l’eau en citerne à 1 500 dinars les mille litres. Avec un salaire de 35 000 dinars, faites le calcul », lance Abdelkader, père de quatre enfants, rencontré devant son immeuble. Sur une banderole accrochée au balcon du premier étage, on pouvait lire : « L’eau est un droit, pas une faveur ».
Une mère de famille, qui a requis l’anonymat, raconte faire la lessive « à minuit, quand un filet d’eau arrive, parfois ».
« Les enfants ne peuvent pas se laver correctement avec cette chaleur. On a peur des maladies. »
Contactée, l’Entreprise de gestion des eaux de l’Ouest (EGEO) a reconnu « un incident technique sérieux » et assuré que la pompe défaillante serait remplacée « avant la fin de la semaine ». Dans un communiqué publié lundi sur sa page Facebook, l’EGEO précise qu’un programme de distribution par camions-citernes a été mis en place « à raison d’un passage tous les deux jours dans chaque cité touchée ».
Une promesse qui ne convainc guère. « Ils disent ça depuis le premier jour. Le camion est passé une fois, mardi dernier, et il est reparti vide au bout d’une demi-heure », affirme Mohamed Larbi Hamdani, membre du comité de quartier.
Le chef de daïra, Rachid Meziane, qui a reçu une délégation des protestataires dimanche après-midi, a appelé au calme. « L’Etat ne vous abandonne pas. Mais bloquer la route ne fera pas venir l’eau plus vite », a-t-il déclaré devant les représentants du quartier, selon un membre de la délégation. « Nous avons demandé, a-t-il poursuivi, que les citernes de la Protection civile soient mobilisées dès demain. »
Pour Nacer Boukhalfa, ingénieur hydraulicien à la retraite, la panne révèle « une dépendance totale » des communes du littoral est à une seule station. « Quand on met tous ses œufs dans le même panier, il suffit d’une pompe pour priver 80 000 personnes d’eau », estime-t-il, plaidant pour la remise en service des anciens forages de la région, abandonnés au début des années 2010.
Lundi soir, aucune goutte n’était encore sortie des robinets de la cité. Les habitants menacent de bloquer à nouveau la route si la situation n’est pas rétablie d’ici jeudi.
Tags : Oran, eau potable, dessalement, Ouled Sabeur
Commentaires (4)""",
    [
        (
            "On achète l’eau en citerne à 1 500 dinars les mille litres. Avec un salaire de 35 000 dinars, faites le calcul",
            "Abdelkader",
            "Abdelkader",
            "lance",
        ),
        (
            "à minuit, quand un filet d’eau arrive, parfois",
            "mère",
            "Une mère de famille",
            "raconte",
        ),
        (
            "Les enfants ne peuvent pas se laver correctement avec cette chaleur. On a peur des maladies.",
            "mère",
            "Une mère de famille",
            None,
        ),
        (
            "un incident technique sérieux",
            "Entreprise de gestion des eaux de l’Ouest",
            "l’Entreprise de gestion des eaux de l’Ouest",
            "a reconnu",
        ),
        (
            "avant la fin de la semaine",
            "Entreprise de gestion des eaux de l’Ouest",
            "l’Entreprise de gestion des eaux de l’Ouest",
            "assuré",
        ),
        (
            "à raison d’un passage tous les deux jours dans chaque cité touchée",
            "Entreprise de gestion des eaux de l’Ouest",
            "l’EGEO",
            "précise",
        ),
        (
            "Ils disent ça depuis le premier jour. Le camion est passé une fois, mardi dernier, et il est reparti vide au bout d’une demi-heure",
            "Mohamed Larbi Hamdani",
            "Mohamed Larbi Hamdani",
            "affirme",
        ),
        (
            "L’Etat ne vous abandonne pas. Mais bloquer la route ne fera pas venir l’eau plus vite",
            "Rachid Meziane",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Nous avons demandé",
            "Rachid Meziane",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "que les citernes de la Protection civile soient mobilisées dès demain.",
            "Rachid Meziane",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        ("une dépendance totale", "Nacer Boukhalfa", "Nacer Boukhalfa", "Pour"),
        (
            "Quand on met tous ses œufs dans le même panier, il suffit d’une pompe pour priver 80 000 personnes d’eau",
            "Nacer Boukhalfa",
            ("estime-t-il", "il"),
            "estime",
        ),
    ],
    ["L’eau est un droit, pas une faveur"],
)

article(
    "blind39-fr04",
    "fr",
    """Anse-Corail : les pêcheurs se disent “privés de leur passe” par un ponton d’hôtel

Par Priya Ramdin-Lagesse
Publié le : 9 septembre 2025 à 12:40

Une trentaine de pêcheurs artisanaux d’Anse-Corail ont manifesté hier matin devant le chantier du nouveau ponton de l’hôtel Les Filaos Bleus, en construction depuis juin. Selon eux, l’ouvrage, long de près de 90 mètres, bloque l’accès à la passe par laquelle leurs embarcations rejoignent le large depuis des générations. Sur les pancartes, on pouvait lire “Lagon pa pou vande” ou encore “Respekte nou pasaz”.
“Nous ne sommes pas contre le tourisme. Mais quand un hôtel décide où on a le droit de passer dans le lagon, il y a un problème”, déclare Jean-Noël Bégué, président du Syndicat des pêcheurs artisanaux du Sud (SPAS). Il affirme que les pêcheurs doivent désormais faire “un détour de quarante minutes” pour atteindre leurs zones habituelles, “avec le prix du carburant qu’on connaît”.
“Depuis qu’ils ont planté ‘la barrière’, je dépense le double en essence. À la fin du mois, il ne reste rien”, souffle un vieux pêcheur, assis sur sa barque retournée.
Les pêcheurs d’Anse-Corail devant le chantier, hier. (Photo : Kevin Lan Yan Chung)
Dans une publication sur sa page Facebook, le groupe Azuréa Resorts, propriétaire de l’établissement, assure que le projet “a obtenu toutes les autorisations requises” et qu’“un couloir de navigation de 25 mètres a été prévu pour les embarcations des pêcheurs”. “Nous avons toujours entretenu d’excellentes relations avec les habitants d’Anse-Corail et restons ouverts au dialogue”, ajoute le texte.
Une affirmation que conteste le président du SPAS. “Un couloir de 25 mètres, a-t-il rétorqué, c’est bon pour un kayak, pas pour une pirogue chargée qui rentre par mauvais temps.”
Interrogé par Le Mauricien, le ministère des Ressources marines et de la Pêche indique qu’une équipe de garde-pêche se rendra sur place “dans les prochains jours” afin de vérifier la conformité du couloir avec le permis délivré. Le ministère n’a pas souhaité commenter la manifestation.
Le député de la circonscription, Vikash Doorgakant, a promis de poser une question parlementaire mardi prochain. “Le lagon appartient à tous les Mauriciens. Aucun permis ne peut transformer une passe publique en propriété privée”, a-t-il écrit hier soir sur son compte Facebook.
Du côté des riverains, les avis sont plus partagés. Le ponton, qui doit accueillir des bateaux de plongée, pourrait créer une quinzaine d’emplois pour les jeunes du village, fait valoir un commerçant de la route côtière. “Les pêcheurs ont raison de défendre leur passe. Mais nos enfants aussi ont besoin de travail”, nuance-t-il.
Le SPAS a annoncé une nouvelle mobilisation samedi, cette fois en mer.
Lire aussi : Pêche : la saison de l’ourite fermée jusqu’au 15 octobre
Partager""",
    [
        ("privés de leur passe", "pêcheurs", "les pêcheurs", "se disent"),
        (
            "Nous ne sommes pas contre le tourisme. Mais quand un hôtel décide où on a le droit de passer dans le lagon, il y a un problème",
            "Jean-Noël Bégué",
            "Jean-Noël Bégué",
            "déclare",
        ),
        ("un détour de quarante minutes", "Jean-Noël Bégué", ("Il affirme", "Il"), "affirme"),
        (
            "avec le prix du carburant qu’on connaît",
            "Jean-Noël Bégué",
            ("Il affirme", "Il"),
            "affirme",
        ),
        (
            "Depuis qu’ils ont planté ‘la barrière’, je dépense le double en essence. À la fin du mois, il ne reste rien",
            "pêcheur",
            "un vieux pêcheur",
            "souffle",
        ),
        (
            "a obtenu toutes les autorisations requises",
            "Azuréa Resorts",
            "le groupe Azuréa Resorts",
            "assure",
        ),
        (
            "un couloir de navigation de 25 mètres a été prévu pour les embarcations des pêcheurs",
            "Azuréa Resorts",
            "le groupe Azuréa Resorts",
            "assure",
        ),
        (
            "Nous avons toujours entretenu d’excellentes relations avec les habitants d’Anse-Corail et restons ouverts au dialogue",
            "Azuréa Resorts",
            "le texte",
            "ajoute",
        ),
        (
            "Un couloir de 25 mètres",
            "Jean-Noël Bégué",
            ("a-t-il rétorqué", "il"),
            "a-t-il rétorqué",
        ),
        (
            "c’est bon pour un kayak, pas pour une pirogue chargée qui rentre par mauvais temps.",
            "Jean-Noël Bégué",
            ("a-t-il rétorqué", "il"),
            "a-t-il rétorqué",
        ),
        (
            "dans les prochains jours",
            "ministère des Ressources marines et de la Pêche",
            "le ministère des Ressources marines et de la Pêche",
            "indique",
        ),
        (
            "Le lagon appartient à tous les Mauriciens. Aucun permis ne peut transformer une passe publique en propriété privée",
            "Vikash Doorgakant",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "Les pêcheurs ont raison de défendre leur passe. Mais nos enfants aussi ont besoin de travail",
            "commerçant",
            ("nuance-t-il", "il"),
            "nuance",
        ),
    ],
    ["Lagon pa pou vande", "Respekte nou pasaz", "la barrière"],
)

article(
    "blind39-fr05",
    "fr",
    f"""«{NNB}On ne peut pas mettre nos enfants sur le fleuve dans ces conditions{NNB}»{NNB}: à Yawapa, plus de pirogue scolaire depuis la rentrée

Guyane
Écrit par Maëva Stanislas et Jordy Atipa
Publié le 18 septembre 2025 à 07h15

Depuis la rentrée du 1er septembre, une quarantaine de collégiens des écarts de Yawapa, sur le moyen Oyapock, ne vont plus en classe. La pirogue qui les conduisait chaque lundi au collège de Saint-Georges et les ramenait le vendredi ne circule plus. Le contrat du transporteur n’a pas été renouvelé, et aucun nouveau prestataire n’a été désigné.
«{NNB}On ne peut pas mettre nos enfants sur le fleuve dans ces conditions. L’an dernier déjà, la pirogue n’avait pas de gilets pour tout le monde{NNB}», témoigne Rosalie Kouyouri, mère de deux collégiens, qui préside l’association des parents d’élèves du village.
L’ancien transporteur, Élie Panapuy, piroguier depuis vingt-cinq ans, explique avoir renoncé «{NNB}faute d’être payé{NNB}». «{NNB}La régie me doit quatre mois de l’an dernier. J’ai avancé l’essence, le salaire du bosseman, l’entretien du moteur. À un moment, on ne peut plus{NNB}», résume-t-il.
Contactée par Guyane la 1ère, la Régie des transports fluviaux de l’Est (RTFE) reconnaît «{NNB}des retards de paiement regrettables{NNB}» et assure qu’un nouvel appel d’offres a été lancé. «{NNB}Un prestataire devrait être retenu d’ici la mi-octobre, sous réserve que les offres soient conformes{NNB}», précise la RTFE dans un courriel adressé à notre rédaction.
La pirogue scolaire amarrée au dégrad de Yawapa, le 15 septembre. © Jordy Atipa / Guyane la 1ère
Le rectorat, de son côté, dit avoir mis en place un «{NNB}dispositif de continuité pédagogique{NNB}»{NNB}: des fiches de travail sont déposées au village chaque semaine par un agent communal, et récupérées corrigées le lundi suivant.
«{NNB}Je fais les fiches le soir, raconte Kevin, 13 ans, élève de 4e. Mais quand je ne comprends pas, il n’y a personne pour m’expliquer.{NNB}» Son cousin, en 6e, n’a encore jamais mis les pieds au collège.
Le maire de la commune, Antoine Tiouka-Renaud, parle d’une «{NNB}rupture d’égalité{NNB}» entre les enfants du littoral et ceux de l’intérieur. «{NNB}À Cayenne, si un bus ne passait pas pendant trois semaines, ça ferait la une. Ici, nos enfants sont oubliés parce qu’ils vivent sur le fleuve{NNB}», dénonce l’élu, qui a écrit au préfet et à la rectrice la semaine dernière.
Lire aussi{NNB}: Oyapock{NNB}: l’étiage précoce inquiète déjà les transporteurs
Rosalie Kouyouri, elle, a prévenu{NNB}: sans solution d’ici octobre, les parents descendront à Saint-Georges «{NNB}avec les enfants et les cartables{NNB}» pour s’installer devant la mairie.
«{NNB}Ils verront bien qu’on existe.{NNB}»
Partager sur Facebook Partager sur X""",
    [
        (
            "On ne peut pas mettre nos enfants sur le fleuve dans ces conditions",
            "Rosalie Kouyouri",
            None,
            None,
        ),
        (
            "On ne peut pas mettre nos enfants sur le fleuve dans ces conditions. L’an dernier déjà, la pirogue n’avait pas de gilets pour tout le monde",
            "Rosalie Kouyouri",
            "Rosalie Kouyouri",
            "témoigne",
        ),
        ("faute d’être payé", "Élie Panapuy", "Élie Panapuy", "explique"),
        (
            "La régie me doit quatre mois de l’an dernier. J’ai avancé l’essence, le salaire du bosseman, l’entretien du moteur. À un moment, on ne peut plus",
            "Élie Panapuy",
            ("résume-t-il", "il"),
            "résume",
        ),
        (
            "des retards de paiement regrettables",
            "Régie des transports fluviaux de l’Est",
            "la Régie des transports fluviaux de l’Est",
            "reconnaît",
        ),
        (
            "Un prestataire devrait être retenu d’ici la mi-octobre, sous réserve que les offres soient conformes",
            "Régie des transports fluviaux de l’Est",
            "la RTFE",
            "précise",
        ),
        ("dispositif de continuité pédagogique", "rectorat", "Le rectorat", "dit"),
        ("Je fais les fiches le soir", "Kevin", "Kevin", "raconte"),
        (
            "Mais quand je ne comprends pas, il n’y a personne pour m’expliquer.",
            "Kevin",
            "Kevin",
            "raconte",
        ),
        ("rupture d’égalité", "Antoine Tiouka-Renaud", "Antoine Tiouka-Renaud", "parle"),
        (
            "À Cayenne, si un bus ne passait pas pendant trois semaines, ça ferait la une. Ici, nos enfants sont oubliés parce qu’ils vivent sur le fleuve",
            "Antoine Tiouka-Renaud",
            "l’élu",
            "dénonce",
        ),
        (
            "avec les enfants et les cartables",
            "Rosalie Kouyouri",
            "Rosalie Kouyouri",
            "a prévenu",
        ),
        ("Ils verront bien qu’on existe.", "Rosalie Kouyouri", "Rosalie Kouyouri", None),
    ],
)

article(
    "blind39-fr06",
    "fr",
    """Colza : les altises résistantes aux pyréthrinoïdes progressent vers l’ouest

Les populations de grosses altises porteuses de la mutation « super-kdr » ont été détectées dans douze nouveaux départements cet automne, selon l’Itop, qui parle d’une situation « préoccupante ».

Par Adèle Fourmaintraux | Publié le 06/11/2025 à 08:00 | Cultures

Les résultats du réseau de surveillance 2025, publiés mardi par l’Institut technique des oléagineux et protéagineux (Itop), confirment ce que de nombreux producteurs constatent dans leurs parcelles : les insecticides de la famille des pyréthrinoïdes perdent de leur efficacité contre la grosse altise du colza. Dans son rapport intitulé « Résistances 2025 : l’état des lieux », l’institut indique que la mutation « super-kdr » est désormais présente dans 41 départements, contre 29 un an plus tôt.
« Dans les zones les plus touchées, un traitement pyréthrinoïde n’élimine plus qu’un insecte sur trois. Multiplier les passages ne sert à rien, sinon à accélérer la sélection », écrit l’Itop, qui recommande de miser sur « des colzas vigoureux, semés tôt et bien nourris » plutôt que sur la protection chimique.
Pour Bastien Lhermitte, ingénieur régional de l’institut en Pays de la Loire, la progression vers l’ouest « n’est pas une surprise ». « On l’attendait, mais pas aussi vite. En Mayenne et en Sarthe, on a des parcelles où les larves ont détruit la moitié des pieds avant l’hiver », détaille-t-il.
Des parcelles retournées dès octobre
Hervé Guilmineau, qui cultive 180 hectares à Saint-Aubin-des-Landes-Hautes, a retourné 22 hectares de colza début octobre. « J’ai traité deux fois, comme on nous l’a appris. Ça n’a rien changé. Au final, j’ai perdu la semence, l’insecticide et le gasoil », raconte l’agriculteur, qui envisage de remplacer le colza par « une légumineuse, ou rien du tout » l’an prochain.
Lire aussi : Colza : quelles variétés choisir pour semer tôt ?
La Fédération nationale des producteurs d’oléagineux (FNPO) a adressé lundi un courrier au ministère de l’Agriculture. « Sans solution alternative homologuée rapidement, nous assisterons à un recul massif des surfaces de colza dès la campagne 2026 », avertit la FNPO dans ce courrier, qui réclame une dérogation pour un produit de biocontrôle à base de kaolin en cours d’évaluation.
Selon le ministère, le dossier est « en cours d’instruction » et une réponse sera apportée « avant les semis de l’été prochain ».
En attendant, les conseillers recommandent d’associer le colza à des légumineuses gélives, qui perturbent la ponte des altises, et de surveiller les cuvettes jaunes dès la levée. Bastien Lhermitte, lui, mise d’abord sur l’agronomie.
« Le meilleur insecticide, c’est encore un colza qui pousse vite. »
Ces articles peuvent vous intéresser
Mots-clés : colza, altise, résistance, insecticides""",
    [
        (
            "préoccupante",
            "Institut technique des oléagineux et protéagineux",
            "l’Itop",
            "parle",
        ),
        (
            "Dans les zones les plus touchées, un traitement pyréthrinoïde n’élimine plus qu’un insecte sur trois. Multiplier les passages ne sert à rien, sinon à accélérer la sélection",
            "Institut technique des oléagineux et protéagineux",
            "l’Itop",
            "écrit",
        ),
        (
            "des colzas vigoureux, semés tôt et bien nourris",
            "Institut technique des oléagineux et protéagineux",
            "l’Itop",
            "recommande",
        ),
        ("n’est pas une surprise", "Bastien Lhermitte", "Bastien Lhermitte", "Pour"),
        (
            "On l’attendait, mais pas aussi vite. En Mayenne et en Sarthe, on a des parcelles où les larves ont détruit la moitié des pieds avant l’hiver",
            "Bastien Lhermitte",
            ("détaille-t-il", "il"),
            "détaille",
        ),
        (
            "J’ai traité deux fois, comme on nous l’a appris. Ça n’a rien changé. Au final, j’ai perdu la semence, l’insecticide et le gasoil",
            "Hervé Guilmineau",
            "l’agriculteur",
            "raconte",
        ),
        ("une légumineuse, ou rien du tout", "Hervé Guilmineau", "l’agriculteur", "envisage"),
        (
            "Sans solution alternative homologuée rapidement, nous assisterons à un recul massif des surfaces de colza dès la campagne 2026",
            "Fédération nationale des producteurs d’oléagineux",
            "la FNPO",
            "avertit",
        ),
        ("en cours d’instruction", "ministère de l’Agriculture", "le ministère", "Selon"),
        (
            "avant les semis de l’été prochain",
            "ministère de l’Agriculture",
            "le ministère",
            "Selon",
        ),
        (
            "Le meilleur insecticide, c’est encore un colza qui pousse vite.",
            "Bastien Lhermitte",
            "Bastien Lhermitte",
            None,
        ),
    ],
    ["super-kdr", "Résistances 2025 : l’état des lieux", "super-kdr"],
)

article(
    "blind39-fr07",
    "fr",
    """Le chauffeur de bus qui chantait au micro suspendu, puis réintégré: "Je voulais juste mettre un peu de bonne humeur", confie-t-il

Namur

Michel Verhulst-Dardenne
12-03-25, 14:32 Dernière mise à jour: 16:05

Sa vidéo a fait le tour des réseaux sociaux en quelques jours. Un chauffeur de la ligne 27, entre la gare de Namur et Jambes, filmé en train d’entonner des classiques de la chanson française au micro de son bus, avait été suspendu lundi par son employeur. Il a finalement été réintégré mercredi, après une pétition qui a recueilli plus de 18.000 signatures.
Grégory Lambotte, 46 ans, conduit des bus depuis dix-neuf ans. Ce matin de février, coincé dans les embouteillages du pont de Jambes, il a pris le micro pour chanter "Les Lacs du Connemara" devant des passagers d’abord surpris, puis hilares. Une passagère a filmé la scène et l’a publiée sur TikTok sous le titre "Le meilleur chauffeur de Wallonie". La vidéo a été vue plus de deux millions de fois.
Mais la direction n’a pas apprécié. "L’usage du système de sonorisation est strictement réservé aux annonces de service et aux consignes de sécurité", indiquait lundi la Société wallonne de transport urbain (SWTU) dans un communiqué, précisant que le chauffeur faisait l’objet d’une "mesure conservatoire" le temps d’une enquête interne.
LIRE AUSSI. Namur: les bus de nuit reviennent le week-end dès avril
Le syndicat du chauffeur, la Centrale générale des travailleurs du transport (CGTT), avait aussitôt dénoncé une sanction "totalement disproportionnée". "On parle d’un collègue irréprochable, a réagi son délégué, Fabrice Mairesse. La SWTU ferait mieux de s’occuper des bus qui tombent en panne deux fois par semaine."
Mercredi, la porte-parole de la SWTU, Nathalie Deprez, a confirmé la levée de la suspension. "L’enquête a montré que la sécurité des voyageurs n’a jamais été compromise. Le chauffeur a été rappelé aux règles et reprendra son service lundi", a expliqué la porte-parole, en précisant qu’il n’y aurait "pas de sanction disciplinaire".
Joint par téléphone, Grégory Lambotte se dit "soulagé" mais "encore un peu sonné". "Je voulais juste mettre un peu de bonne humeur. Les gens étaient bloqués depuis vingt minutes, certains stressaient pour leur boulot. Je n’ai jamais lâché le volant et je n’ai jamais mis personne en danger", assure-t-il.
Sur la ligne 27, les habitués n’en reviennent toujours pas. "Il chante, il dit bonjour à tout le monde, il attend les personnes âgées qui courent. Des chauffeurs comme lui, il en faudrait plus", sourit une navetteuse rencontrée à l’arrêt du pont de Jambes.
Grégory Lambotte le promet: il restera désormais discret au micro. Enfin, presque.
"Pour les anniversaires, je ne garantis rien."
Partager sur Facebook
Vous avez une info à nous communiquer? Contactez notre rédaction""",
    [
        (
            "Je voulais juste mettre un peu de bonne humeur",
            "Grégory Lambotte",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "L’usage du système de sonorisation est strictement réservé aux annonces de service et aux consignes de sécurité",
            "Société wallonne de transport urbain",
            "la Société wallonne de transport urbain",
            "indiquait",
        ),
        (
            "mesure conservatoire",
            "Société wallonne de transport urbain",
            "la Société wallonne de transport urbain",
            "précisant",
        ),
        (
            "totalement disproportionnée",
            "Centrale générale des travailleurs du transport",
            "la Centrale générale des travailleurs du transport",
            "avait aussitôt dénoncé",
        ),
        ("On parle d’un collègue irréprochable", "Fabrice Mairesse", "Fabrice Mairesse", "a réagi"),
        (
            "La SWTU ferait mieux de s’occuper des bus qui tombent en panne deux fois par semaine.",
            "Fabrice Mairesse",
            "Fabrice Mairesse",
            "a réagi",
        ),
        (
            "L’enquête a montré que la sécurité des voyageurs n’a jamais été compromise. Le chauffeur a été rappelé aux règles et reprendra son service lundi",
            "Nathalie Deprez",
            ("a expliqué la porte-parole", "la porte-parole"),
            "a expliqué",
        ),
        (
            "pas de sanction disciplinaire",
            "Nathalie Deprez",
            ("a expliqué la porte-parole", "la porte-parole"),
            "précisant",
        ),
        ("soulagé", "Grégory Lambotte", "Grégory Lambotte", "se dit"),
        ("encore un peu sonné", "Grégory Lambotte", "Grégory Lambotte", "se dit"),
        (
            "Je voulais juste mettre un peu de bonne humeur. Les gens étaient bloqués depuis vingt minutes, certains stressaient pour leur boulot. Je n’ai jamais lâché le volant et je n’ai jamais mis personne en danger",
            "Grégory Lambotte",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "Il chante, il dit bonjour à tout le monde, il attend les personnes âgées qui courent. Des chauffeurs comme lui, il en faudrait plus",
            "navetteuse",
            "une navetteuse",
            "sourit",
        ),
        (
            "Pour les anniversaires, je ne garantis rien.",
            "Grégory Lambotte",
            "Grégory Lambotte",
            None,
        ),
    ],
    ["Les Lacs du Connemara", "Le meilleur chauffeur de Wallonie"],
)

article(
    "blind39-fr08",
    "fr",
    """Usine de biométhanisation : la grogne monte à Saint-Valérien-du-Ruisseau

Par Marie-Ève Lapointe-Gagnon
Publié le 3 juin 2025 à 16 h 45

Près de 200 personnes se sont entassées lundi soir dans le sous-sol de l’église de Saint-Valérien-du-Ruisseau pour la séance d’information sur le projet d’usine de biométhanisation de la Régie intermunicipale de valorisation des matières organiques (RIVMO). La soirée, prévue pour durer une heure, s’est étirée sur près de trois heures.
L’usine, d’un coût estimé à 48 M$, traiterait chaque année 60 000 tonnes de résidus alimentaires et de lisier provenant de 14 municipalités de la région. Le gaz produit serait injecté dans le réseau de distribution.
Le directeur général de la RIVMO, Sylvain Provencher-Roy, a défendu un projet « exemplaire » sur le plan environnemental. « Les bassins seront couverts, l’air sera filtré. On ne parle pas d’un site d’enfouissement à ciel ouvert », a-t-il fait valoir.
Le regroupement « Citoyens pour un air sain », formé en mars, ne l’entend pas ainsi. Sa porte-parole, Geneviève Tétreault, a pris la parole sous les applaudissements : « On habite à 600 mètres du terrain choisi. Nos enfants jouent dehors. On veut savoir ce qu’on va respirer, pas se faire vendre un dépliant. »
« On nous a dit “faites-nous confiance” en 2019 pour l’agrandissement du parc industriel. Six ans plus tard, les camions passent encore devant l’école », a-t-elle ajouté.
La séance d’information a attiré près de 200 personnes lundi soir. (Photo : Le Courrier – François Larivière)
Dans un avis transmis à la municipalité en avril, le Centre régional de santé environnementale (CRSE) juge les risques d’odeurs « faibles mais non nuls » et recommande « un suivi indépendant de la qualité de l’air pendant au moins cinq ans » après la mise en service.
Tous ne sont pas contre. Un producteur laitier du rang Saint-Joseph s’est dit favorable au projet, qui lui permettrait de se départir de son lisier « à un prix raisonnable » plutôt que de l’épandre.
Plusieurs citoyens ont demandé pourquoi le terrain retenu se trouvait si près du village. « Si le projet ne se fait pas ici, a répondu M. Provencher-Roy, il se fera ailleurs, et Saint-Valérien n’aura plus son mot à dire sur les conditions. »
La mairesse, Johanne Beauregard-Ouellet, a promis que le conseil ne prendrait « aucune décision avant l’automne ». « Je comprends l’inquiétude. Mais je comprends aussi qu’on ne peut pas continuer à envoyer nos déchets à 150 kilomètres d’ici », a déclaré Mme Beauregard-Ouellet en fin de soirée.
À LIRE AUSSI : Collecte des matières organiques : les bacs bruns arrivent en septembre
Une deuxième séance est prévue le 17 juin à la salle communautaire.
Partager Facebook Courriel""",
    [
        ("exemplaire", "Sylvain Provencher-Roy", "Sylvain Provencher-Roy", "a défendu"),
        (
            "Les bassins seront couverts, l’air sera filtré. On ne parle pas d’un site d’enfouissement à ciel ouvert",
            "Sylvain Provencher-Roy",
            ("a-t-il fait valoir", "il"),
            "a-t-il fait valoir",
        ),
        (
            "On habite à 600 mètres du terrain choisi. Nos enfants jouent dehors. On veut savoir ce qu’on va respirer, pas se faire vendre un dépliant.",
            "Geneviève Tétreault",
            "Geneviève Tétreault",
            "a pris la parole",
        ),
        (
            "On nous a dit “faites-nous confiance” en 2019 pour l’agrandissement du parc industriel. Six ans plus tard, les camions passent encore devant l’école",
            "Geneviève Tétreault",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "faibles mais non nuls",
            "Centre régional de santé environnementale",
            "le Centre régional de santé environnementale",
            "juge",
        ),
        (
            "un suivi indépendant de la qualité de l’air pendant au moins cinq ans",
            "Centre régional de santé environnementale",
            "le Centre régional de santé environnementale",
            "recommande",
        ),
        (
            "à un prix raisonnable",
            "producteur",
            "Un producteur laitier du rang Saint-Joseph",
            "s’est dit",
        ),
        (
            "Si le projet ne se fait pas ici",
            "Sylvain Provencher-Roy",
            "M. Provencher-Roy",
            "a répondu",
        ),
        (
            "il se fera ailleurs, et Saint-Valérien n’aura plus son mot à dire sur les conditions.",
            "Sylvain Provencher-Roy",
            "M. Provencher-Roy",
            "a répondu",
        ),
        (
            "aucune décision avant l’automne",
            "Johanne Beauregard-Ouellet",
            "Johanne Beauregard-Ouellet",
            "a promis",
        ),
        (
            "Je comprends l’inquiétude. Mais je comprends aussi qu’on ne peut pas continuer à envoyer nos déchets à 150 kilomètres d’ici",
            "Johanne Beauregard-Ouellet",
            "Mme Beauregard-Ouellet",
            "a déclaré",
        ),
    ],
    ["Citoyens pour un air sain"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind39_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
