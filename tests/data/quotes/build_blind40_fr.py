# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind40_fr.jsonl: a fortieth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a small Béarn ski station losing its
chairlift for the winter (La République des Pyrénées, mountain life: NBSP padding, a headline
quote with a role-noun cue, a syndicat mixte with a short name in brackets speaking by
communiqué, an interrupted quote with "M. X", an unnamed ski hirer with a follow-on quote
without a cue, a fund-raising campaign name in marks), market gardeners barred from pumping in
a shrinking reservoir (Sidwaya, Burkinabè daily, agriculture: plain-spaced marks, an office
with a short name in brackets quoted from its communiqué, a testimony running over two
paragraphs, an unnamed gardener, "Selon", a local nickname in marks), a skatepark refused by a
communal council on the Vaud coast (La Côte, Swiss local politics: unpadded « », a dek partial
quote, the syndic by role noun, "Mme X", a petition title and a parking nickname in marks, a
teenager named by first name in an interrupted quote), a machine-tool maker announcing a
collective layoff near Liège (L'Écho, Belgian business daily: NNBSP padding, a company
statement, a cue before a colon, a legal term in marks, a union with a short name in brackets,
a regional minister by title, a pronoun cue), a forest road closed to protect caribou on the
Côte-Nord (Le Nord-Côtier, Québec regional weekly: plain-spaced marks, a ministry with a short
name in brackets answering by courriel, a nested “ ”, "Mme X", an unnamed trapper, an
association name in marks), PFAS found downstream of a coating plant (Actu-Environnement,
environmental trade press: plain-spaced marks, a dek partial quote with "selon", a report title
and a technical term in marks, a prefectoral order quoted, a company's written answer, a
collective's name in marks), the last ylang-ylang still of a Mayotte village (Mayotte la 1ère,
overseas agriculture: NNBSP padding, a headline quote without a cue, a cooperative with a short
name in brackets, the distiller by role noun, a nickname for the still in marks, a follow-on
quote) and horse carts banned from a Senegalese town centre (Seneweb, Senegalese local news:
straight " marks, a headline quote after the speaker's title and a colon, an association of
cart drivers with a short name in brackets, an interrupted quote, an unnamed cart driver, an
MP's Facebook post). Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are
those of build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind40_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind40-fr01",
    "fr",
    f"""Station de Peyrelade : «{NB}Sans télésiège, la saison est morte{NB}», s’inquiète le maire

Béarn > Vallée de Sarrebielle
Publié le 21/11/2025 à 06h00 · Mis à jour à 09h12
Par Laurence Etchegaray

Le couperet est tombé mardi soir, lors du comité syndical. Le télésiège des Crêtes, principale remontée mécanique de la petite station de Peyrelade, ne rouvrira pas cet hiver. Le Syndicat mixte de la vallée de Sarrebielle (SMVS), qui gère le domaine depuis 1994, a pris acte d’un rapport du bureau de contrôle Alticâble jugeant les pinces du câble «{NB}hors tolérance{NB}».
Pour le maire d’Escot-Sarrebielle, Jean-Pierre Lassalle-Haurat, le coup est rude. «{NB}Sans télésiège, la saison est morte. On garde les deux téléskis des débutants, mais les skieurs confirmés iront dans les grandes stations{NB}», s’inquiète l’élu, qui préside aussi l’office de tourisme de la vallée.
Le télésiège des Crêtes, mis en service en 1986, est à l’arrêt depuis la visite de contrôle d’octobre. © Archives Nicolas Sabathier
Un million et demi d’euros
Le président du SMVS, Michel Cazenave, défend une décision qu’il dit avoir prise «{NB}à contrecœur{NB}». «{NB}Je ne signerai pas une autorisation d’ouverture, a martelé M. Cazenave, tant qu’un seul doute subsiste sur la sécurité des usagers.{NB}» Le remplacement complet du système de pinces est estimé à 1,4{NB}million d’euros, soit plus que le budget annuel du domaine.
Dans un communiqué publié mercredi, le Syndicat mixte assure étudier «{NB}toutes les pistes de financement, y compris européennes{NB}», et promet une réouverture «{NB}au plus tard pour l’hiver 2027{NB}». Le texte ne dit rien, en revanche, des dix-sept saisonniers habituellement recrutés pour faire tourner les installations.
Au pied des pistes, l’inquiétude domine. «{NB}J’ai embauché deux saisonniers en octobre. Je fais quoi, maintenant{NB}? Je les renvoie chez eux{NB}?{NB}», lâche un loueur de skis, qui préfère taire son nom. Sa boutique réalise, dit-il, les trois quarts de son chiffre d’affaires entre Noël et les vacances de février.
«{NB}Ici, l’hiver, c’est tout ce qu’on a. Sans les skieurs, le restaurant d’en face ferme aussi, et l’école du village perd encore des élèves.{NB}»
Lire aussi : Vallée de Sarrebielle : le col de l’Arrouy rouvert après l’éboulement
Le Département sollicité
La conseillère départementale du canton, Maïté Bergeras, parle d’un «{NB}abandon de la montagne{NB}» et réclame un fonds d’urgence pour les petites stations. «{NB}Le Département a su trouver de l’argent pour les grands domaines. Il serait inconcevable qu’il oublie ceux qui font vivre nos villages{NB}», a-t-elle ajouté jeudi.
En attendant, un collectif d’habitants a lancé une cagnotte en ligne baptisée «{NB}Sauvons les Crêtes{NB}». Jeudi soir, elle avait récolté un peu plus de 18{NB}000 euros. Une goutte d’eau, reconnaissent ses initiateurs, mais «{NB}un signal{NB}», selon Jean-Pierre Lassalle-Haurat, qui compte porter le dossier devant le préfet dès la semaine prochaine.
La station ouvrira ses téléskis le 20 décembre si l’enneigement le permet.
Partager{NB}: Facebook X E-mail
Abonnez-vous pour lire la suite de nos articles""",
    [
        (
            "Sans télésiège, la saison est morte",
            "Jean-Pierre Lassalle-Haurat",
            "le maire",
            "s’inquiète",
        ),
        ("hors tolérance", "Alticâble", "Alticâble", "jugeant"),
        (
            "Sans télésiège, la saison est morte. On garde les deux téléskis des débutants, mais les skieurs confirmés iront dans les grandes stations",
            "Jean-Pierre Lassalle-Haurat",
            "l’élu",
            "s’inquiète",
        ),
        ("à contrecœur", "Michel Cazenave", ("qu’il dit", "il"), ("qu’il dit", "dit")),
        (
            "Je ne signerai pas une autorisation d’ouverture",
            "Michel Cazenave",
            "M. Cazenave",
            "a martelé",
        ),
        (
            "tant qu’un seul doute subsiste sur la sécurité des usagers.",
            "Michel Cazenave",
            "M. Cazenave",
            "a martelé",
        ),
        (
            "toutes les pistes de financement, y compris européennes",
            "Syndicat mixte de la vallée de Sarrebielle",
            "le Syndicat mixte",
            "assure",
        ),
        (
            "au plus tard pour l’hiver 2027",
            "Syndicat mixte de la vallée de Sarrebielle",
            "le Syndicat mixte",
            "promet",
        ),
        (
            f"J’ai embauché deux saisonniers en octobre. Je fais quoi, maintenant{NB}? Je les renvoie chez eux{NB}?",
            "loueur",
            "un loueur de skis",
            "lâche",
        ),
        (
            "Ici, l’hiver, c’est tout ce qu’on a. Sans les skieurs, le restaurant d’en face ferme aussi, et l’école du village perd encore des élèves.",
            "loueur",
            None,
            None,
        ),
        ("abandon de la montagne", "Maïté Bergeras", "Maïté Bergeras", "parle"),
        (
            "Le Département a su trouver de l’argent pour les grands domaines. Il serait inconcevable qu’il oublie ceux qui font vivre nos villages",
            "Maïté Bergeras",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        ("un signal", "Jean-Pierre Lassalle-Haurat", "Jean-Pierre Lassalle-Haurat", "selon"),
    ],
    ["Sauvons les Crêtes"],
)

article(
    "blind40-fr02",
    "fr",
    """Barrage de Koulwéogo : les maraîchers privés de motopompes

Par Boukary ZONGO
Publié le 18 novembre 2025

À une trentaine de kilomètres au nord de la capitale, les maraîchers installés autour du barrage de Koulwéogo ne peuvent plus pomper l’eau de la retenue depuis le 10 novembre. La mesure, prise par l’Office de gestion du barrage de Koulwéogo (OGBK), vise à préserver l’approvisionnement en eau potable des communes voisines jusqu’à la prochaine saison des pluies.
Dans un communiqué lu sur les antennes de la radio communale, l’Office explique que le niveau de la retenue est « inférieur de près de deux mètres à la moyenne des dix dernières années ». Le texte précise que « tout contrevenant s’expose à la saisie de son matériel de pompage » et invite les producteurs à « se rapprocher des services techniques pour un accompagnement ».
Les maraîchers du barrage de Koulwéogo, ici en octobre dernier, cultivent surtout l’oignon et le chou. (Ph. Sidwaya)
Sur les berges, la mesure est mal vécue. Salif Kaboré, président du groupement des maraîchers de Koulwéogo, cultive deux hectares d’oignons. Il a accepté de nous recevoir au milieu de ses planches.
« J’ai déjà payé les semences, l’engrais et la main-d’œuvre pour la saison sèche. J’ai emprunté à la caisse populaire en comptant sur la récolte de février.
« Si on nous coupe l’eau maintenant, les oignons vont sécher sur pied et c’est toute la famille qui va payer », a-t-il expliqué, le regard tourné vers la retenue.
Le groupement, qui compte près de 400 membres, dont une majorité de femmes, demande un calendrier d’arrosage plutôt qu’une interdiction totale. « Deux jours par semaine, ça nous suffirait pour sauver la campagne », plaide M. Kaboré.
Non loin de là, une maraîchère qui vend ses choux au marché de la ville confie avoir déjà réduit de moitié ses surfaces. « On nous dit de faire du goutte-à-goutte. Avec quel argent ? Le kit coûte plus cher que ce que je gagne en une saison », s’interroge-t-elle.
Lire aussi : Campagne sèche 2025-2026 : les prix de l’oignon en hausse sur les marchés de la capitale
Selon le directeur de l’OGBK, Issa Compaoré, la mesure est « temporaire et nécessaire ». Joint au téléphone, il a reconnu que les producteurs étaient « les premières victimes de la baisse du niveau », tout en rappelant que « l’eau de boisson reste la priorité absolue ». Il annonce une rencontre avec le groupement le 25 novembre à la mairie.
Les anciens du village, eux, se souviennent de l’année qu’ils surnomment « l’année des barques posées », en 1984, quand le fond de la retenue était apparu à nu. « Cette année, on n’en est pas encore là, mais on s’en approche », estime le chef coutumier de Koulwéogo, Naaba Tigré, qui appelle les deux parties au dialogue.
Les services de l’agriculture ont promis de recenser les exploitations touchées d’ici la fin du mois.""",
    [
        (
            "inférieur de près de deux mètres à la moyenne des dix dernières années",
            "Office de gestion du barrage de Koulwéogo",
            "l’Office",
            "explique",
        ),
        (
            "tout contrevenant s’expose à la saisie de son matériel de pompage",
            "Office de gestion du barrage de Koulwéogo",
            "Le texte",
            "précise",
        ),
        (
            "se rapprocher des services techniques pour un accompagnement",
            "Office de gestion du barrage de Koulwéogo",
            "Le texte",
            "invite",
        ),
        (
            "J’ai déjà payé les semences, l’engrais et la main-d’œuvre pour la saison sèche. J’ai emprunté à la caisse populaire en comptant sur la récolte de février.",
            "Salif Kaboré",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Si on nous coupe l’eau maintenant, les oignons vont sécher sur pied et c’est toute la famille qui va payer",
            "Salif Kaboré",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Deux jours par semaine, ça nous suffirait pour sauver la campagne",
            "Salif Kaboré",
            "M. Kaboré",
            "plaide",
        ),
        (
            "On nous dit de faire du goutte-à-goutte. Avec quel argent ? Le kit coûte plus cher que ce que je gagne en une saison",
            "maraîchère",
            ("s’interroge-t-elle", "elle"),
            "s’interroge",
        ),
        ("temporaire et nécessaire", "Issa Compaoré", "Issa Compaoré", "Selon"),
        (
            "les premières victimes de la baisse du niveau",
            "Issa Compaoré",
            ("il a reconnu", "il"),
            "a reconnu",
        ),
        (
            "l’eau de boisson reste la priorité absolue",
            "Issa Compaoré",
            ("il a reconnu", "il"),
            "rappelant",
        ),
        (
            "Cette année, on n’en est pas encore là, mais on s’en approche",
            "Naaba Tigré",
            "Naaba Tigré",
            "estime",
        ),
    ],
    ["l’année des barques posées"],
)

article(
    "blind40-fr03",
    "fr",
    """Bassy-le-Lac dit non au skatepark, les ados déçus

Le Conseil communal a refusé lundi le crédit d’étude pour une aire de glisse. Le syndic évoque un projet «pas assez mûr».

Publié le 03.12.2025 à 17:45
Par Julie Rochat

Ils étaient une quinzaine, casquette sur la tête et planche sous le bras, assis au fond de la salle du Conseil communal de Bassy-le-Lac lundi soir. Ils sont repartis déçus. Par 27 voix contre 19, les élus ont refusé le crédit d’étude de 85'000 francs destiné à un skatepark sur la parcelle des Grandes-Fontaines.
Le projet était porté par une pétition intitulée «Un skatepark pour Bassy», qui avait réuni 1140 signatures au printemps. La Municipalité l’avait repris à son compte, avant que plusieurs conseillers ne s’inquiètent du bruit et des coûts d’entretien.
«Nous ne sommes pas contre les jeunes. Nous sommes contre un projet qui n’a pas été discuté avec les riverains», a expliqué lors du débat la conseillère Anne-Catherine Mottier, qui a mené la fronde. Mme Mottier a aussi déploré une estimation «floue» des frais de gardiennage.
À la sortie, le syndic, Pierre-Alain Bovay, ne cachait pas sa déception. «On a perdu une bataille, pas la guerre. Le projet était peut-être pas assez mûr, je l’admets. On va revenir avec quelque chose de plus solide», a-t-il réagi, promettant une séance publique au début de l’année prochaine.
Les jeunes roulent aujourd’hui sur le parking de la salle polyvalente, surnommé «la Dalle», au milieu des voitures. La police intercommunale y est intervenue à trois reprises cet automne à la suite de plaintes pour nuisances.
Des jeunes sur «la Dalle», le parking de la salle polyvalente, en novembre. Sigfredo Haro
Noé, 15 ans, fait partie des signataires de la première heure. «On nous dit d’aller ailleurs, souffle l’adolescent, mais ailleurs il n’y a rien. Le bus pour Nyon passe une fois par heure.» Son copain Elias renchérit: «Quand on est sur la Dalle, on nous chasse. Quand on demande un endroit, on nous dit non.»
Du côté des riverains des Grandes-Fontaines, le soulagement domine. Un habitant du chemin des Pâquis, qui a suivi le débat depuis la tribune, se dit «pas contre le sport», mais redoutait «le bruit des planches jusqu’à dix heures du soir».
Lire aussi: Nyon: le Conseil communal valide le budget 2026 de justesse
Le groupe des Vert-e-s, qui soutenait le crédit, a annoncé dans un communiqué qu’il étudiait le lancement d’un référendum spontané. Le texte dénonce «un signal désastreux envoyé à la jeunesse».
Le syndic, lui, veut croire à un compromis. «Il y a d’autres parcelles. On peut imaginer une installation plus petite, plus loin des habitations. Je ne lâcherai pas ce dossier.»
Commenter
Partager""",
    [
        ("pas assez mûr", "Pierre-Alain Bovay", "Le syndic", "évoque"),
        (
            "Nous ne sommes pas contre les jeunes. Nous sommes contre un projet qui n’a pas été discuté avec les riverains",
            "Anne-Catherine Mottier",
            "Anne-Catherine Mottier",
            "a expliqué",
        ),
        ("floue", "Anne-Catherine Mottier", "Mme Mottier", "a aussi déploré"),
        (
            "On a perdu une bataille, pas la guerre. Le projet était peut-être pas assez mûr, je l’admets. On va revenir avec quelque chose de plus solide",
            "Pierre-Alain Bovay",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
        ("On nous dit d’aller ailleurs", "Noé", "l’adolescent", "souffle"),
        (
            "mais ailleurs il n’y a rien. Le bus pour Nyon passe une fois par heure.",
            "Noé",
            "l’adolescent",
            "souffle",
        ),
        (
            "Quand on est sur la Dalle, on nous chasse. Quand on demande un endroit, on nous dit non.",
            "Elias",
            "Elias",
            "renchérit",
        ),
        ("pas contre le sport", "habitant", "Un habitant du chemin des Pâquis", "se dit"),
        (
            "le bruit des planches jusqu’à dix heures du soir",
            "habitant",
            "Un habitant du chemin des Pâquis",
            "redoutait",
        ),
        ("un signal désastreux envoyé à la jeunesse", "groupe des Vert-e-s", "Le texte", "dénonce"),
        (
            "Il y a d’autres parcelles. On peut imaginer une installation plus petite, plus loin des habitations. Je ne lâcherai pas ce dossier.",
            "Pierre-Alain Bovay",
            "Le syndic",
            None,
        ),
    ],
    ["Un skatepark pour Bassy", "la Dalle", "la Dalle"],
)

article(
    "blind40-fr04",
    "fr",
    f"""Forges Dethier lance une «{NNB}procédure Renault{NNB}» et menace 120 emplois à Wandre-Bas

Le fabricant liégeois de machines-outils invoque l’effondrement de ses commandes allemandes. Les syndicats parlent d’un «{NNB}choc{NNB}».

Entreprises & Marchés | 26 novembre 2025 05:30
Par Geoffrey Lambotte

Le couperet est tombé mardi matin, lors d’un conseil d’entreprise extraordinaire. Forges Dethier, spécialiste des centres d’usinage pour l’industrie automobile, a annoncé son intention de supprimer 120 des 410 emplois de son site de Wandre-Bas. L’entreprise familiale, fondée en 1952, a ouvert la phase d’information et de consultation prévue par la loi Renault.
Dans un communiqué diffusé dans la foulée, la direction évoque une baisse de «{NNB}près de 40{NNB}% des prises de commandes en dix-huit mois{NNB}» et une situation devenue «{NNB}intenable sans mesures structurelles{NNB}». Le groupe assure vouloir «{NNB}limiter au maximum les départs contraints{NNB}».
Le CEO, Marc Dethier, troisième génération à la tête de l’entreprise, a résumé la situation ainsi devant les délégués{NNB}: «{NNB}Nos clients allemands ont gelé leurs investissements. Nous avons tenu deux ans en puisant dans nos réserves. Nous ne pouvons plus continuer comme ça.{NNB}»
Lire aussi | Sous-traitance automobile{NNB}: la Wallonie face au coup de frein allemand
Le site de Forges Dethier à Wandre-Bas emploie 410 personnes. © Belga/Laurent Moyse
Colère en front commun
Du côté syndical, la pilule ne passe pas. Le Syndicat des travailleurs de l’industrie wallonne (STIW) rappelle que l’entreprise a touché des aides régionales à l’innovation en 2023. «{NNB}On a financé leurs robots avec de l’argent public, et maintenant on nous dit qu’il y a trop de monde{NNB}», fulmine son secrétaire régional, Didier Hanquet. «{NNB}Nous exigerons la transparence totale sur les comptes{NNB}», a-t-il prévenu.
Les délégués redoutent que les licenciements ne frappent d’abord les ouvriers les plus âgés. «{NNB}On parle de gens qui ont trente ans de maison, souligne Nathalie Grignard, déléguée principale employés. Pour eux, retrouver un emploi dans la région sera presque impossible.{NNB}»
Un arrêt de travail de 24 heures a été décidé pour jeudi. La direction, qui dit «{NNB}comprendre l’émotion{NNB}», a accepté de présenter un plan industriel détaillé avant la fin de l’année.
Namur suit le dossier
Le ministre wallon de l’Économie, Thibault Vanderstraeten, a indiqué avoir pris contact avec la famille Dethier. «{NNB}La Région ne laissera pas tomber un fleuron industriel liégeois. Nous examinerons toutes les pistes, y compris une entrée temporaire au capital{NNB}», a déclaré le ministre à notre rédaction.
Une perspective que Marc Dethier n’exclut pas. Interrogé mardi soir, il s’est dit «{NNB}ouvert à toute solution qui préserve l’outil{NNB}», tout en précisant que la famille «{NNB}entend rester majoritaire{NNB}».
Les analystes restent prudents. Pour Julien Poncelet, économiste chez une banque d’affaires bruxelloise, la crise de Forges Dethier est «{NNB}symptomatique de toute la sous-traitance wallonne{NNB}».
Partager
Cet article est réservé aux abonnés""",
    [
        ("choc", "syndicats", "Les syndicats", "parlent"),
        (
            f"près de 40{NNB}% des prises de commandes en dix-huit mois",
            "Forges Dethier",
            "la direction",
            "évoque",
        ),
        ("intenable sans mesures structurelles", "Forges Dethier", "la direction", "évoque"),
        ("limiter au maximum les départs contraints", "Forges Dethier", "Le groupe", "assure"),
        (
            "Nos clients allemands ont gelé leurs investissements. Nous avons tenu deux ans en puisant dans nos réserves. Nous ne pouvons plus continuer comme ça.",
            "Marc Dethier",
            "Marc Dethier",
            "a résumé",
        ),
        (
            "On a financé leurs robots avec de l’argent public, et maintenant on nous dit qu’il y a trop de monde",
            "Didier Hanquet",
            "Didier Hanquet",
            "fulmine",
        ),
        (
            "Nous exigerons la transparence totale sur les comptes",
            "Didier Hanquet",
            ("a-t-il prévenu", "il"),
            "a-t-il prévenu",
        ),
        (
            "On parle de gens qui ont trente ans de maison",
            "Nathalie Grignard",
            "Nathalie Grignard",
            "souligne",
        ),
        (
            "Pour eux, retrouver un emploi dans la région sera presque impossible.",
            "Nathalie Grignard",
            "Nathalie Grignard",
            "souligne",
        ),
        ("comprendre l’émotion", "Forges Dethier", "La direction", ("qui dit", "dit")),
        (
            "La Région ne laissera pas tomber un fleuron industriel liégeois. Nous examinerons toutes les pistes, y compris une entrée temporaire au capital",
            "Thibault Vanderstraeten",
            "le ministre",
            "a déclaré",
        ),
        (
            "ouvert à toute solution qui préserve l’outil",
            "Marc Dethier",
            ("il s’est dit", "il"),
            "s’est dit",
        ),
        ("entend rester majoritaire", "famille Dethier", "la famille", "précisant"),
        (
            "symptomatique de toute la sous-traitance wallonne",
            "Julien Poncelet",
            "Julien Poncelet",
            "Pour",
        ),
    ],
    ["procédure Renault"],
)

article(
    "blind40-fr05",
    "fr",
    """Caribou : le chemin du Lac-Tanguay fermé aux villégiateurs

Publié le 12 novembre 2025
Par Mélanie Gagnon-Bérubé

Les propriétaires de chalets du secteur du lac Tanguay, au nord de Sept-Rivières-Est, ne pourront plus emprunter le chemin forestier qui mène à leurs terrains à compter du 1er décembre. Québec a confirmé la fermeture de la portion nord du chemin pour protéger une harde de caribous forestiers observée dans le secteur l’hiver dernier.
Dans une réponse transmise par courriel, le ministère de l’Environnement et de la Faune (MEF) explique que la mesure vise à « réduire le dérangement dans une aire de mise bas jugée essentielle au rétablissement de la harde ». Le ministère précise que les détenteurs de baux pourront demander « des autorisations ponctuelles, au cas par cas ».
La nouvelle passe mal auprès de l’Association des villégiateurs du lac Tanguay, qui regroupe 74 chalets. « On nous l’a appris par une lettre de deux paragraphes. Personne n’est venu nous rencontrer », a déploré sa présidente, Josée Tremblay-Hovington, en entrevue au Nord-Côtier.
Mme Tremblay-Hovington assure que ses membres ne sont pas contre la protection du caribou. « Mon père a bâti notre camp en 1978. On a toujours respecté le bois. Là, on nous dit “restez chez vous”, comme si c’était nous, le problème », a-t-elle lancé.
Photo : Le chemin du Lac-Tanguay, à la hauteur du kilomètre 42. (Photo courtoisie)
L’association a lancé une pétition en ligne intitulée « Notre chemin, notre territoire », qui avait recueilli 1 300 signatures mardi.
Un trappeur qui fréquente le secteur depuis une quarantaine d’années affirme pour sa part avoir vu les caribous reculer à mesure que les coupes forestières avançaient. « C’est pas les chalets qui ont chassé le caribou, c’est les chemins de coupe. Fermer une route, c’est correct, mais faudrait regarder le reste aussi », a-t-il fait valoir.
Le député de la circonscription, Régis Poirier-Gauthier, s’est dit « sensible aux inquiétudes des villégiateurs ». Il a demandé au ministère de tenir une séance d’information à Sept-Rivières-Est avant la fermeture. « Les gens de la Côte-Nord ont le droit de comprendre ce qu’on leur demande, et pourquoi », a-t-il indiqué.
Du côté des biologistes, on rappelle que la harde du lac Tanguay ne compterait plus qu’une vingtaine de bêtes. Pour la biologiste Karine Ouellet, de l’organisme Boréalie Nord, la fermeture est « un minimum ». « Chaque motoneige qui passe dans une aire de mise bas, c’est un stress de plus pour des femelles déjà fragiles. »
Le ministère n’a pas précisé si d’autres chemins seraient visés.
À lire aussi : Port-Cartier : la saison de la motoneige devancée d’une semaine
Partager cet article""",
    [
        (
            "réduire le dérangement dans une aire de mise bas jugée essentielle au rétablissement de la harde",
            "ministère de l’Environnement et de la Faune",
            "le ministère de l’Environnement et de la Faune",
            "explique",
        ),
        (
            "des autorisations ponctuelles, au cas par cas",
            "ministère de l’Environnement et de la Faune",
            "Le ministère",
            "précise",
        ),
        (
            "On nous l’a appris par une lettre de deux paragraphes. Personne n’est venu nous rencontrer",
            "Josée Tremblay-Hovington",
            "Josée Tremblay-Hovington",
            "a déploré",
        ),
        (
            "Mon père a bâti notre camp en 1978. On a toujours respecté le bois. Là, on nous dit “restez chez vous”, comme si c’était nous, le problème",
            "Josée Tremblay-Hovington",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "C’est pas les chalets qui ont chassé le caribou, c’est les chemins de coupe. Fermer une route, c’est correct, mais faudrait regarder le reste aussi",
            "trappeur",
            ("a-t-il fait valoir", "il"),
            "a-t-il fait valoir",
        ),
        (
            "sensible aux inquiétudes des villégiateurs",
            "Régis Poirier-Gauthier",
            "Régis Poirier-Gauthier",
            "s’est dit",
        ),
        (
            "Les gens de la Côte-Nord ont le droit de comprendre ce qu’on leur demande, et pourquoi",
            "Régis Poirier-Gauthier",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        ("un minimum", "Karine Ouellet", "Karine Ouellet", "Pour"),
        (
            "Chaque motoneige qui passe dans une aire de mise bas, c’est un stress de plus pour des femelles déjà fragiles.",
            "Karine Ouellet",
            None,
            None,
        ),
    ],
    ["Notre chemin, notre territoire"],
)

article(
    "blind40-fr06",
    "fr",
    """PFAS : des concentrations élevées relevées dans la Morelle en aval d’un site d’enduction

Les analyses révèlent des teneurs jusqu’à trente fois supérieures au seuil de vigilance, selon l’association qui les a commandées, pour qui la situation est « préoccupante ».

Publié le 27 novembre 2025
Par Antoine Verchère
Risques | Eau | Pollutions

Une nouvelle campagne de prélèvements met en évidence une contamination de la Morelle par des substances per- et polyfluoroalkylées (PFAS), ces composés surnommés « polluants éternels » en raison de leur persistance dans l’environnement. Les mesures ont été réalisées en aval de l’usine de Saint-Véran-la-Morelle exploitée par Textenduit, spécialiste de l’enduction de tissus techniques.
Le rapport, intitulé « Morelle : état des lieux des PFAS sur 12 kilomètres », a été commandé par l’association Rivières vivantes à un laboratoire agréé. Il conclut que « la somme des vingt PFAS mesurés dépasse largement les valeurs observées en amont du site » et recommande « une surveillance renforcée des captages d’eau potable situés à proximité ».
« Nous ne cherchons pas à désigner un coupable avant l’heure, mais les chiffres parlent d’eux-mêmes », estime Hélène Marcadet, porte-parole de Rivières vivantes. Elle réclame la publication des autocontrôles de l’exploitant sur les cinq dernières années.
Des prescriptions complémentaires
La préfecture de la Drôme a réagi par un arrêté de prescriptions complémentaires signé le 21 novembre. Le texte impose à l’exploitant de « caractériser sous trois mois l’ensemble des rejets aqueux de l’établissement » et de « proposer un plan de réduction à la source ». L’arrêté rappelle que le site relève du régime de l’autorisation au titre des installations classées.
Sollicitée par Actu-Environnement, la société Textenduit indique par écrit avoir « cessé depuis 2022 l’utilisation de PFAS à chaîne longue » et assure que ses rejets respectent « l’ensemble des prescriptions en vigueur ». L’entreprise dit avoir engagé un programme de substitution qui doit aboutir en 2027.
Une explication qui ne convainc pas Bertrand Sabatier, hydrogéologue et membre du conseil scientifique de l’association. « Les molécules à chaîne courte sont tout aussi mobiles, et on les retrouve beaucoup plus loin dans la nappe, explique le chercheur. Arrêter les chaînes longues, c’est un progrès, ce n’est pas une solution. »
Les riverains, eux, se sont organisés au sein du collectif « Eaux claires de la Morelle », qui demande des analyses de sang pour les habitants des trois communes concernées. L’agence régionale de santé indique qu’une étude d’imprégnation est « à l’étude » et que l’eau distribuée reste, à ce stade, conforme.
Article publié dans le cadre de notre dossier spécial sur la pollution des eaux.
Pour aller plus loin : Rejets industriels de PFAS : ce que change le plan interministériel""",
    [
        ("préoccupante", "Rivières vivantes", "l’association qui les a commandées", "selon"),
        (
            "la somme des vingt PFAS mesurés dépasse largement les valeurs observées en amont du site",
            "Rivières vivantes",
            ("Il conclut", "Il"),
            "conclut",
        ),
        (
            "une surveillance renforcée des captages d’eau potable situés à proximité",
            "Rivières vivantes",
            ("Il conclut", "Il"),
            "recommande",
        ),
        (
            "Nous ne cherchons pas à désigner un coupable avant l’heure, mais les chiffres parlent d’eux-mêmes",
            "Hélène Marcadet",
            "Hélène Marcadet",
            "estime",
        ),
        (
            "caractériser sous trois mois l’ensemble des rejets aqueux de l’établissement",
            "préfecture de la Drôme",
            "Le texte",
            "impose",
        ),
        (
            "proposer un plan de réduction à la source",
            "préfecture de la Drôme",
            "Le texte",
            "impose",
        ),
        (
            "cessé depuis 2022 l’utilisation de PFAS à chaîne longue",
            "Textenduit",
            "la société Textenduit",
            "indique",
        ),
        (
            "l’ensemble des prescriptions en vigueur",
            "Textenduit",
            "la société Textenduit",
            "assure",
        ),
        (
            "Les molécules à chaîne courte sont tout aussi mobiles, et on les retrouve beaucoup plus loin dans la nappe",
            "Bertrand Sabatier",
            "le chercheur",
            "explique",
        ),
        (
            "Arrêter les chaînes longues, c’est un progrès, ce n’est pas une solution.",
            "Bertrand Sabatier",
            "le chercheur",
            "explique",
        ),
        ("à l’étude", "agence régionale de santé", "L’agence régionale de santé", "indique"),
    ],
    [
        "polluants éternels",
        "Morelle : état des lieux des PFAS sur 12 kilomètres",
        "Eaux claires de la Morelle",
    ],
)

article(
    "blind40-fr07",
    "fr",
    f"""«{NNB}Quand je m’arrêterai, il n’y aura plus personne{NNB}» : à Bouyouni-Mlima, le dernier alambic d’ylang

Publié le 15 novembre 2025 à 10:24
Par Fatima Attoumani

Dans la cour de sa maison de Bouyouni-Mlima, Zaïnaba Madi, 61 ans, allume le feu sous son alambic à 4 heures du matin. Depuis la fermeture de deux distilleries voisines l’an dernier, elle est la seule à distiller encore l’ylang-ylang dans le village, qui en comptait une douzaine dans les années 1990.
«{NNB}Quand je m’arrêterai, il n’y aura plus personne. Mes filles travaillent à Mamoudzou, elles ne reviendront pas pour ça{NNB}», reconnaît la distillatrice, en surveillant la température de la cuve. Son alambic en cuivre, hérité de son père, est surnommé «{NNB}la Vieille Dame{NNB}» par tout le quartier.
Il faut environ cent kilos de fleurs pour obtenir deux litres d’huile essentielle. Les cueilleuses, payées au kilo, viennent déposer leur récolte avant le lever du soleil. «{NNB}Les fleurs doivent être distillées le jour même, sinon le parfum part{NNB}», explique-t-elle.
Zaïnaba Madi devant son alambic, à Bouyouni-Mlima. © Mayotte la 1ère
Des prix qui ne suivent pas
La filière souffre depuis des années de la concurrence des Comores et de Madagascar, où l’huile est produite à moindre coût. La Coopérative des producteurs d’ylang du Nord (Copyn), qui rachète une partie de la production de Zaïnaba Madi, estime que le prix payé aux distillateurs mahorais devrait être relevé de 30{NNB}%. «{NNB}Sans une aide au kilo, les derniers producteurs vont jeter l’éponge d’ici cinq ans{NNB}», avertit son président, Anli Saïd Boina.
Dans une lettre adressée au conseil départemental en octobre, la Copyn demandait la création d’un «{NNB}label ylang de Mayotte{NNB}» et un soutien à la rénovation des alambics. Elle attend toujours une réponse.
Contacté, le conseil départemental de Mayotte assure que le dossier est «{NNB}suivi de près{NNB}» et qu’une enveloppe pour les filières traditionnelles sera présentée au budget 2026.
Lire aussi{NNB}: Agriculture{NNB}: la vanille mahoraise veut reconquérir les marchés
À Bouyouni-Mlima, l’espoir est mince, mais il existe. Depuis septembre, un jeune du village, Nassim Ousseni, 24 ans, vient apprendre le métier trois matins par semaine. «{NNB}J’ai grandi avec l’odeur de l’ylang. Je ne veux pas que ça disparaisse{NNB}», dit-il.
Zaïnaba Madi sourit en l’entendant. «{NNB}Il a de bonnes mains. S’il tient deux saisons, je lui laisserai la Vieille Dame.
«{NNB}Mais il faudra qu’il gagne sa vie, sinon personne ne peut lui demander de rester.{NNB}»
Partager sur Facebook Partager sur X""",
    [
        ("Quand je m’arrêterai, il n’y aura plus personne", "Zaïnaba Madi", None, None),
        (
            "Quand je m’arrêterai, il n’y aura plus personne. Mes filles travaillent à Mamoudzou, elles ne reviendront pas pour ça",
            "Zaïnaba Madi",
            "la distillatrice",
            "reconnaît",
        ),
        (
            "Les fleurs doivent être distillées le jour même, sinon le parfum part",
            "Zaïnaba Madi",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Sans une aide au kilo, les derniers producteurs vont jeter l’éponge d’ici cinq ans",
            "Anli Saïd Boina",
            "Anli Saïd Boina",
            "avertit",
        ),
        (
            "label ylang de Mayotte",
            "Coopérative des producteurs d’ylang du Nord",
            "la Copyn",
            "demandait",
        ),
        (
            "suivi de près",
            "conseil départemental de Mayotte",
            "le conseil départemental de Mayotte",
            "assure",
        ),
        (
            "J’ai grandi avec l’odeur de l’ylang. Je ne veux pas que ça disparaisse",
            "Nassim Ousseni",
            ("dit-il", "il"),
            "dit",
        ),
        (
            "Il a de bonnes mains. S’il tient deux saisons, je lui laisserai la Vieille Dame.",
            "Zaïnaba Madi",
            "Zaïnaba Madi",
            None,
        ),
        (
            "Mais il faudra qu’il gagne sa vie, sinon personne ne peut lui demander de rester.",
            "Zaïnaba Madi",
            "Zaïnaba Madi",
            None,
        ),
    ],
    ["la Vieille Dame"],
)

article(
    "blind40-fr08",
    "fr",
    """Maire de Keur Massamba : "Les charrettes n'entreront plus au centre-ville"

Seneweb.com | Par Moustapha DIOUF | 19 novembre 2025 à 12:40 | Lu 4218 fois | 23 commentaires

Les charrettes hippomobiles sont désormais interdites dans le centre-ville de Keur Massamba. L'arrêté municipal, signé lundi par le maire Ousmane Thiam, entre en vigueur le 1er décembre et concerne le périmètre compris entre la gare routière et le grand marché.
Face à la presse, l'édile a justifié sa décision en ces termes : "Les charrettes n'entreront plus au centre-ville. Nous avons eu trois accidents graves depuis la rentrée, dont un enfant renversé devant l'école Fass-Ngom. Je ne peux pas attendre un mort de plus."
Selon la mairie, des aires de stationnement seront aménagées aux quatre entrées de la ville afin que les charretiers puissent décharger leurs marchandises. Le maire parle d'une mesure "d'ordre public, pas d'une punition".
La colère des charretiers
Du côté des transporteurs, l'annonce a fait l'effet d'une bombe. L'Association des charretiers de Keur Massamba (ACKM), qui revendique plus de 600 membres, dénonce une décision "prise sans aucune concertation". Son président, Mamadou Lamine Sarr, menace de bloquer les entrées de la ville. "Nous ne sommes pas des délinquants, martèle-t-il. Nous transportons le ciment, le riz, les bagages des voyageurs. Sans nous, le marché s'arrête."
Un charretier rencontré près de la gare routière, qui fait ce métier depuis quinze ans, ne cache pas son désarroi. "J'ai acheté mon cheval à crédit l'année dernière. Si je ne travaille plus en ville, comment je vais rembourser ?", se demande-t-il.
Les commerçants du grand marché sont partagés. Certains saluent la fin des embouteillages, d'autres craignent une hausse des prix du transport. Les "clandos", ces taxis clandestins qui pourraient récupérer une partie de la clientèle, se frottent déjà les mains, ironise un vendeur de tissus.
Lire aussi : Keur Massamba : le grand marché bientôt reconstruit
Le député de la localité, Aïssatou Ndiaye, a réagi sur sa page Facebook. "Je comprends le souci de sécurité du maire, mais on ne peut pas priver des centaines de familles de leur gagne-pain du jour au lendemain", a-t-elle écrit, appelant à "une période de transition d'au moins six mois".
Joint par téléphone, Ousmane Thiam s'est dit "ouvert au dialogue", mais pas au retrait de l'arrêté. "On peut discuter des modalités. Le principe, lui, ne changera pas", a-t-il insisté.
Une rencontre entre la mairie et l'ACKM est prévue vendredi sous l'égide du sous-préfet.

Commentaires (23)
Ajouter un commentaire""",
    [
        (
            "Les charrettes n'entreront plus au centre-ville",
            "Ousmane Thiam",
            "Maire de Keur Massamba",
            None,
        ),
        (
            "Les charrettes n'entreront plus au centre-ville. Nous avons eu trois accidents graves depuis la rentrée, dont un enfant renversé devant l'école Fass-Ngom. Je ne peux pas attendre un mort de plus.",
            "Ousmane Thiam",
            "l'édile",
            "a justifié",
        ),
        ("d'ordre public, pas d'une punition", "Ousmane Thiam", "Le maire", "parle"),
        (
            "prise sans aucune concertation",
            "Association des charretiers de Keur Massamba",
            "L'Association des charretiers de Keur Massamba",
            "dénonce",
        ),
        (
            "Nous ne sommes pas des délinquants",
            "Mamadou Lamine Sarr",
            ("martèle-t-il", "il"),
            "martèle",
        ),
        (
            "Nous transportons le ciment, le riz, les bagages des voyageurs. Sans nous, le marché s'arrête.",
            "Mamadou Lamine Sarr",
            ("martèle-t-il", "il"),
            "martèle",
        ),
        (
            "J'ai acheté mon cheval à crédit l'année dernière. Si je ne travaille plus en ville, comment je vais rembourser ?",
            "charretier",
            ("se demande-t-il", "il"),
            "se demande",
        ),
        (
            "Je comprends le souci de sécurité du maire, mais on ne peut pas priver des centaines de familles de leur gagne-pain du jour au lendemain",
            "Aïssatou Ndiaye",
            ("a-t-elle écrit", "elle"),
            "a-t-elle écrit",
        ),
        (
            "une période de transition d'au moins six mois",
            "Aïssatou Ndiaye",
            ("a-t-elle écrit", "elle"),
            "appelant",
        ),
        ("ouvert au dialogue", "Ousmane Thiam", "Ousmane Thiam", "s'est dit"),
        (
            "On peut discuter des modalités. Le principe, lui, ne changera pas",
            "Ousmane Thiam",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
    ],
    ["clandos"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind40_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
