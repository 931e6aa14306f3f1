# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind26_fr.jsonl: a twenty-sixth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a redesigned city-bus network cutting
a hilltop district (L'Union, Reims: a headline quote with a group cue, a quote in an intertitle,
a petition title and a banner slogan, the operator's communiqué, an interrupted quote), pond
fish harvests blamed on cormorants (Le Berry républicain: a headline quote without a cue, the
prefecture, a fish farmers' union with a short name in brackets, an interrupted quote), French
schools in portable classrooms (Le Droit, Ottawa: a school board with a short name in brackets,
the ministry by e-mail, a Q&A whose unmarked answers are not listed while a quote inside them is,
a rally slogan), a jockey suspended after a disputed finish (L'Express de Maurice: unpadded
marks, the stewards' report, horses' names in marks, an anonymous punter), ten days of water
cuts in a housing estate (Le Soir d'Algérie: "nous dira" cues, straight apostrophes, an
anonymous source, the wali, a nested “ ” joke), a leaked baccalauréat paper (Le Temps, Tunisie:
a headline quote with a title-only cue, the ministry's communiqué, the exam question in marks),
cognac growers grubbing up vines (Charente libre: a headline partial quote, a multi-paragraph
testimony, a nested “ ” slogan, a trade house's letter) and a malaria vaccination drive
(Fraternité Matin, Côte d'Ivoire: the minister by title, a translated mother's testimony, a
partner alliance's communiqué, a campaign slogan). Padding varies: NBSP, NNBSP, plain spaces,
none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind26_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind26-fr01",
    "fr",
    f"""Réseau de bus : « On nous a rayés de la carte », dénoncent des habitants de Saint-Anselme

Depuis la refonte du réseau, le 2 septembre, la ligne 7 ne dessert plus le haut du quartier. Les seniors se mobilisent, l’exploitant promet des ajustements.

Par Aurélie Vasseur-Thibault
Publié le 19/09/2024 à 06h30

Reims. Ils étaient une soixantaine, mardi matin, devant l’arrêt désaffecté de la rue des Glaneuses. Des retraités pour la plupart, quelques mères de famille avec poussette, et une banderole tendue entre deux lampadaires : « Rendez-nous la 7 ». Depuis la mise en service du nouveau réseau, le 2 septembre, la ligne qui reliait le haut du quartier Saint-Anselme au centre-ville a été raccourcie de 1,2 kilomètre.
«{NB}On nous a rayés de la carte. Pour aller à la pharmacie, il faut maintenant descendre la côte à pied, et la remonter avec les courses{NB}», s’agace Germaine Pottier, 81 ans, qui a lancé la pétition «{NB}Saint-Anselme n’est pas un cul-de-sac{NB}». Elle revendique 1 140 signatures.
Photo L’Union – Christophe Lambinet
Sa voisine, Odile Carré, résume : «{NB}Vingt-deux minutes pour rejoindre le nouvel arrêt avec mon déambulateur. Vingt-deux minutes quand il ne pleut pas.{NB}»
Lire aussi : Grand Reims : le tramway gratuit le samedi dès janvier ?
L’exploitant défend sa copie
Chez Transurbains Champagne, l’exploitant du réseau, on revendique un choix «{NB}de fréquence plutôt que de couverture{NB}». «{NB}La ligne 7 passe désormais toutes les huit minutes au lieu de quinze. Nous avons gagné 3 200 voyageurs par jour sur l’axe{NB}», fait valoir son directeur, Laurent Mézières. Il reconnaît toutefois que la desserte du haut du quartier «{NB}a été sous-estimée{NB}».
Dans un communiqué diffusé mercredi, l’entreprise annonce l’étude d’un «{NB}service de transport à la demande{NB}» pour les personnes à mobilité réduite, «{NB}dès les vacances de la Toussaint{NB}».
Une promesse qui ne convainc pas le comité de quartier. «{NB}Le transport à la demande, il faut réserver la veille, par téléphone, entre 9 heures et midi, ironise son président, Serge Lallement. Essayez d’expliquer ça à quelqu’un de 90 ans.{NB}»
« On ajustera »
Du côté du Grand Reims, qui fixe le cahier des charges, le vice-président chargé des mobilités, Hervé Duchâtel, se veut rassurant. «{NB}Aucun réseau n’est parfait le premier mois. On regarde les chiffres de fréquentation arrêt par arrêt, et on ajustera{NB}», assure l’élu, qui doit recevoir les pétitionnaires le 26 septembre.
L’opposition municipale, elle, parle d’un «{NB}fiasco annoncé{NB}». «{NB}Nous avions alerté dès le mois de mars. On ne nous a pas écoutés{NB}», a réagi la conseillère communautaire Nadia Ferrand-Lopes.
Mme Pottier, elle, compte bien se rendre au rendez-vous avec ses signatures. «{NB}Je prendrai un taxi s’il le faut. Ça fera une ligne de plus dans mes dépenses{NB}», lâche-t-elle dans un sourire.
Vous avez aimé cet article ? Inscrivez-vous à la newsletter L’Union Reims""",
    [
        (
            "On nous a rayés de la carte",
            "habitants",
            ("dénoncent des habitants", "des habitants"),
            "dénoncent",
        ),
        (
            "On nous a rayés de la carte. Pour aller à la pharmacie, il faut maintenant descendre la côte à pied, et la remonter avec les courses",
            "Germaine Pottier",
            "Germaine Pottier",
            "s’agace",
        ),
        (
            "Vingt-deux minutes pour rejoindre le nouvel arrêt avec mon déambulateur. Vingt-deux minutes quand il ne pleut pas.",
            "Odile Carré",
            "Odile Carré",
            "résume",
        ),
        (
            "de fréquence plutôt que de couverture",
            "Transurbains Champagne",
            "Transurbains Champagne",
            "revendique",
        ),
        (
            "La ligne 7 passe désormais toutes les huit minutes au lieu de quinze. Nous avons gagné 3 200 voyageurs par jour sur l’axe",
            "Laurent Mézières",
            "Laurent Mézières",
            "fait valoir",
        ),
        ("a été sous-estimée", "Laurent Mézières", ("Il reconnaît", "Il"), "reconnaît"),
        (
            "service de transport à la demande",
            "Transurbains Champagne",
            "l’entreprise",
            "annonce",
        ),
        (
            "dès les vacances de la Toussaint",
            "Transurbains Champagne",
            "l’entreprise",
            "annonce",
        ),
        (
            "Le transport à la demande, il faut réserver la veille, par téléphone, entre 9 heures et midi",
            "Serge Lallement",
            "Serge Lallement",
            "ironise",
        ),
        (
            "Essayez d’expliquer ça à quelqu’un de 90 ans.",
            "Serge Lallement",
            "Serge Lallement",
            "ironise",
        ),
        ("On ajustera", "Hervé Duchâtel", None, None),
        (
            "Aucun réseau n’est parfait le premier mois. On regarde les chiffres de fréquentation arrêt par arrêt, et on ajustera",
            "Hervé Duchâtel",
            "l’élu",
            "assure",
        ),
        (
            "fiasco annoncé",
            "opposition municipale",
            "L’opposition municipale",
            "parle",
        ),
        (
            "Nous avions alerté dès le mois de mars. On ne nous a pas écoutés",
            "Nadia Ferrand-Lopes",
            "Nadia Ferrand-Lopes",
            "a réagi",
        ),
        (
            "Je prendrai un taxi s’il le faut. Ça fera une ligne de plus dans mes dépenses",
            "Germaine Pottier",
            ("lâche-t-elle", "elle"),
            "lâche",
        ),
    ],
    ["Rendez-nous la 7", "Saint-Anselme n’est pas un cul-de-sac"],
)

article(
    "blind26-fr02",
    "fr",
    f"""« On a sorti la moitié du poisson » : en Brenne, les pêches d’étang virent au fiasco

Publié le 28/11/2024 à 18h12 | Mis à jour le 29/11/2024 à 08h05

Indre. Les pêches d’étang de l’automne s’achèvent sur un bilan amer. Les pisciculteurs accusent le grand cormoran et demandent à l’État de relever le quota de tirs.

Par Bastien Guillemain

Dans la vase jusqu’aux cuisses, une dizaine d’hommes ramènent le filet vers la rive. Ce jeudi matin, l’étang de la Guignardière, 22 hectares, a été vidé comme chaque automne. Dans les bacs, des carpes, des tanches, quelques brochets. Trop peu. « Cette année, on a sorti la moitié du poisson. Sur cet étang, on faisait six tonnes. On n’en fera pas trois », lâche Étienne Rabier, pisciculteur à Méobecq, en soupesant une carpe marquée de deux entailles sur le flanc.
Le coupable, selon lui, ne fait aucun doute. « Regardez les blessures. Un oiseau mange un demi-kilo de poisson par jour, et il en abîme autant qu’il en avale », assure-t-il.
Photo : Bastien Guillemain
Un quota contesté
L’arrêté préfectoral signé en octobre autorise 480 tirs de régulation sur l’ensemble du département pour la saison. Un chiffre jugé « dérisoire » par le Syndicat des pisciculteurs de la Brenne (SPB), qui réclame « au moins le double ». «{NB}On compte plus de 3 000 oiseaux sur les dortoirs en janvier. Avec 480 tirs, on ne fait même pas peur aux jeunes{NB}», estime sa présidente, Martine Chaumeton-Roy.
La préfecture de l’Indre rappelle que l’espèce est protégée et que les quotas sont fixés «{NB}en fonction des comptages scientifiques et des dégâts constatés{NB}». «{NB}L’État n’est pas sourd, mais il ne peut pas déroger au-delà de ce que permet le droit européen{NB}», précise le secrétaire général de la préfecture, Olivier Demange.
Lire aussi : Brenne : la fête de la carpe attire 4 000 visiteurs à Mézières
« C’est plus simple d’accuser un oiseau noir »
Les associations de protection de la nature contestent le diagnostic. Pour Lucien Feuillard, ornithologue et administrateur de l’association Brenne Nature Vivante, le cormoran sert de « bouc émissaire commode ». « La loutre, le héron, les étés trop chauds qui font chuter l’oxygène : tout ça pèse aussi, explique-t-il. Mais c’est plus simple d’accuser un oiseau noir. »
L’association a d’ailleurs déposé un recours contre l’arrêté devant le tribunal administratif de Limoges, estimant que « les comptages de 2023 n’ont jamais été publiés ».
Une filière qui tient à ses étangs
Au-delà du cormoran, c’est l’avenir de la filière qui inquiète. La Brenne compte plus de 2 000 étangs, dont beaucoup ne sont entretenus que grâce à la vente du poisson. « Si les étangs ne rapportent plus rien, les propriétaires les laisseront s’envaser ou les vendront, et tout le paysage changera », prévient Mme Chaumeton-Roy.
Étienne Rabier, lui, a déjà fait ses comptes. Il a vendu sa pêche 1,90 euro le kilo à un négociant de la Loire. « Avec ça, je paie le gasoil et les gars. Moi, je ne me paie pas », souffle le pisciculteur, avant de retourner au filet.
Newsletter Indre : recevez chaque matin l’essentiel de l’actualité de votre département. Je m’inscris""",
    [
        ("On a sorti la moitié du poisson", "Étienne Rabier", None, None),
        (
            "Cette année, on a sorti la moitié du poisson. Sur cet étang, on faisait six tonnes. On n’en fera pas trois",
            "Étienne Rabier",
            "Étienne Rabier",
            "lâche",
        ),
        (
            "Regardez les blessures. Un oiseau mange un demi-kilo de poisson par jour, et il en abîme autant qu’il en avale",
            "Étienne Rabier",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "dérisoire",
            "Syndicat des pisciculteurs de la Brenne",
            "le Syndicat des pisciculteurs de la Brenne",
            "jugé",
        ),
        (
            "au moins le double",
            "Syndicat des pisciculteurs de la Brenne",
            "le Syndicat des pisciculteurs de la Brenne",
            "réclame",
        ),
        (
            "On compte plus de 3 000 oiseaux sur les dortoirs en janvier. Avec 480 tirs, on ne fait même pas peur aux jeunes",
            "Martine Chaumeton-Roy",
            "Martine Chaumeton-Roy",
            "estime",
        ),
        (
            "en fonction des comptages scientifiques et des dégâts constatés",
            "préfecture de l’Indre",
            "La préfecture de l’Indre",
            "rappelle",
        ),
        (
            "L’État n’est pas sourd, mais il ne peut pas déroger au-delà de ce que permet le droit européen",
            "Olivier Demange",
            "Olivier Demange",
            "précise",
        ),
        ("C’est plus simple d’accuser un oiseau noir", "Lucien Feuillard", None, None),
        ("bouc émissaire commode", "Lucien Feuillard", "Lucien Feuillard", "Pour"),
        (
            "La loutre, le héron, les étés trop chauds qui font chuter l’oxygène : tout ça pèse aussi",
            "Lucien Feuillard",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "Mais c’est plus simple d’accuser un oiseau noir.",
            "Lucien Feuillard",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "les comptages de 2023 n’ont jamais été publiés",
            "Brenne Nature Vivante",
            "L’association",
            "estimant",
        ),
        (
            "Si les étangs ne rapportent plus rien, les propriétaires les laisseront s’envaser ou les vendront, et tout le paysage changera",
            "Martine Chaumeton-Roy",
            "Mme Chaumeton-Roy",
            "prévient",
        ),
        (
            "Avec ça, je paie le gasoil et les gars. Moi, je ne me paie pas",
            "Étienne Rabier",
            "le pisciculteur",
            "souffle",
        ),
    ],
)

article(
    "blind26-fr03",
    "fr",
    """Huit classes dans des roulottes : l’école Riviera-des-Érables déborde

Le Droit | Actualités | Éducation
Mélanie Thériault-Boudreau
14 janvier 2025 à 4h00

Ils sont 212 élèves à suivre leurs cours dans des classes portatives à l’école élémentaire publique Riviera-des-Érables, à Orléans. Faute de financement pour un agrandissement, le conseil scolaire en installera quatre de plus à la rentrée de septembre, portant le total à douze.
« On parle d’une école construite pour 380 élèves qui en accueille 540. À un moment donné, ça ne tient plus », a lancé le président du Conseil scolaire public de l’Est ontarien (CSPEO), Réjean Laplante-Gauthier, en entrevue avec Le Droit.
Le conseil a soumis une demande de financement de 14,6 millions $ au ministère de l’Éducation de l’Ontario en 2022, puis de nouveau en 2024. Les deux ont été refusées.
Par courriel, le ministère de l’Éducation a indiqué que la demande du CSPEO « demeure à l’étude » dans le cadre du prochain cycle de financement des immobilisations. « Le gouvernement a investi des sommes record dans les écoles de langue française », a ajouté le ministère, sans préciser de montant.
Un gymnase qui sert aussi de cafétéria
À l’intérieur de l’école, la pression se fait sentir partout. Le gymnase sert aussi de cafétéria, de sorte que les cours d’éducation physique sont regroupés en après-midi. La bibliothèque a perdu la moitié de son espace au profit d’une classe de maternelle.
« Mon garçon a fait sa 3e année au complet dans une portative. L’hiver passé, le chauffage a lâché deux fois », raconte Karine Dupuis-Mercier, mère de deux enfants et membre du conseil d’école. « On ne demande pas un palace. On demande juste des murs. »
Selon elle, plusieurs familles du secteur songent à inscrire leurs enfants dans une école anglophone plus récente, située à deux kilomètres. Un scénario qui inquiète la communauté franco-ontarienne.
Partagez cet article
« Chaque famille qu’on perd, c’est une famille qu’on ne reverra pas au secondaire en français », a soutenu la conseillère scolaire de la zone, Francine Aubé-Nadeau. « Le droit à l’éducation en français, ce n’est pas juste un principe dans la Constitution. C’est aussi des salles de classe. »
La directrice de l’école, Josée Lemieux-Harvey, refuse pour sa part de dramatiser. Elle évoque une équipe « créative » qui a appris « à faire beaucoup avec peu ». Le Droit lui a posé deux questions.
Q. Comment fonctionne une journée avec douze portatives?
R. On a dû décaler les récréations en trois vagues. Les élèves des portatives entrent dans l’école pour les toilettes et le dîner, on a mis des surveillants aux portes. Les enfants s’adaptent vite, honnêtement plus vite que les adultes.
Q. Qu’attendez-vous du ministère?
R. Une date. Les parents me demandent tous les jours : « Madame, c’est quand, la nouvelle aile? » Je n’ai pas de réponse à leur donner.
Le conseil doit adopter une résolution à ce sujet lors de sa séance du 27 janvier. Une manifestation de parents est aussi prévue devant Queen’s Park, à Toronto, en février, sous le slogan « Des murs, pas des roulottes ».
À lire aussi : Pénurie d’enseignants francophones : 80 postes toujours vacants dans l’Est ontarien""",
    [
        (
            "On parle d’une école construite pour 380 élèves qui en accueille 540. À un moment donné, ça ne tient plus",
            "Réjean Laplante-Gauthier",
            "Réjean Laplante-Gauthier",
            "a lancé",
        ),
        (
            "demeure à l’étude",
            "ministère de l’Éducation de l’Ontario",
            "le ministère de l’Éducation",
            "a indiqué",
        ),
        (
            "Le gouvernement a investi des sommes record dans les écoles de langue française",
            "ministère de l’Éducation de l’Ontario",
            ("a ajouté le ministère", "le ministère"),
            "a ajouté",
        ),
        (
            "Mon garçon a fait sa 3e année au complet dans une portative. L’hiver passé, le chauffage a lâché deux fois",
            "Karine Dupuis-Mercier",
            "Karine Dupuis-Mercier",
            "raconte",
        ),
        (
            "On ne demande pas un palace. On demande juste des murs.",
            "Karine Dupuis-Mercier",
            "Karine Dupuis-Mercier",
            "raconte",
        ),
        (
            "Chaque famille qu’on perd, c’est une famille qu’on ne reverra pas au secondaire en français",
            "Francine Aubé-Nadeau",
            "Francine Aubé-Nadeau",
            "a soutenu",
        ),
        (
            "Le droit à l’éducation en français, ce n’est pas juste un principe dans la Constitution. C’est aussi des salles de classe.",
            "Francine Aubé-Nadeau",
            "Francine Aubé-Nadeau",
            "a soutenu",
        ),
        ("créative", "Josée Lemieux-Harvey", ("Elle évoque", "Elle"), "évoque"),
        ("à faire beaucoup avec peu", "Josée Lemieux-Harvey", ("Elle évoque", "Elle"), "évoque"),
        (
            "Madame, c’est quand, la nouvelle aile?",
            "parents",
            "Les parents",
            "demandent",
        ),
    ],
    ["Des murs, pas des roulottes"],
)

article(
    "blind26-fr04",
    "fr",
    """Champ de Mars : Yannick Carosin suspendu six journées après l’arrivée contestée de la 7e course

Hippisme
Par Shameem Oozeerally
16 juin 2025, 21:05

La 7e course de samedi n’a pas fini de faire parler. Les commissaires de l’Autorité hippique de Maurice (AHM) ont suspendu hier le jockey Yannick Carosin pour six journées, estimant qu’il avait «gêné de manière délibérée» un concurrent dans la ligne droite. Son cheval, «Golden Lagoon», arrivé premier d’une courte tête, a été rétrogradé à la deuxième place au profit de «Rivière Noire Star».
Dans leur rapport, les commissaires relèvent que le jockey a «dévié à deux reprises de sa ligne» à 200 mètres du poteau, «sans y avoir été contraint». «Le jury a visionné les images sous quatre angles différents. La décision a été prise à l’unanimité», a déclaré le président des commissaires, Patrick Lebon-Marot, lors d’un point de presse au Champ de Mars.
Un avis que ne partage pas l’entraîneur de Golden Lagoon, Devendra Ramkhelawon. «C’est une décision honteuse. Mon cheval a toujours tendance à rentrer quand il est fatigué, tout le monde le sait au Champ de Mars, soutient-il. Yannick n’a rien fait d’autre que le redresser.» L’entraîneur annonce qu’il fera appel «dès demain matin».
Lire aussi : Saison hippique : les allocations en hausse de 12 %
Joint au téléphone, Yannick Carosin se dit «abattu». «Je monte ici depuis onze ans, je n’ai jamais été suspendu pour une faute pareille. Je respecte les commissaires, mais là, je ne comprends pas», confie le jockey réunionnais, qui devait monter trois chevaux samedi prochain. Sa suspension court jusqu’au 2 août.
La propriétaire de Rivière Noire Star, Aneeta Seegoolam, s’est dite «soulagée». «Nous avons perdu la Coupe des Flamboyants l’an dernier dans des circonstances presque identiques et personne n’avait bougé. Cette fois, le règlement a été appliqué», a-t-elle ajouté.
Les turfistes, eux, sont divisés. Sur les réseaux sociaux, la vidéo de l’arrivée a été vue plus de 80 000 fois. Au bar des tribunes, dimanche, un habitué résumait l’ambiance : «Ceux qui ont joué Golden Lagoon crient au scandale, les autres applaudissent. C’est ça, les courses.»
Dans un communiqué publié hier soir, l’AHM rappelle que «l’intégrité des courses n’est pas négociable» et que les paris seront réglés «sur la base de l’arrivée officielle, après décision des commissaires». Les bookmakers, qui avaient commencé à payer les parieurs de Golden Lagoon samedi soir, devront se retourner contre eux, précise l’instance.
L’appel de Devendra Ramkhelawon sera examiné le 24 juin par le Board d’appel de l’AHM. En cas de succès, le classement pourrait être rétabli, mais pas les paris.
Commentaires (14)
Vous devez être connecté pour commenter.""",
    [
        (
            "gêné de manière délibérée",
            "commissaires",
            ("Les commissaires de l’Autorité", "Les commissaires"),
            "estimant",
        ),
        ("dévié à deux reprises de sa ligne", "commissaires", "les commissaires", "relèvent"),
        ("sans y avoir été contraint", "commissaires", "les commissaires", "relèvent"),
        (
            "Le jury a visionné les images sous quatre angles différents. La décision a été prise à l’unanimité",
            "Patrick Lebon-Marot",
            "Patrick Lebon-Marot",
            "a déclaré",
        ),
        (
            "C’est une décision honteuse. Mon cheval a toujours tendance à rentrer quand il est fatigué, tout le monde le sait au Champ de Mars",
            "Devendra Ramkhelawon",
            ("soutient-il", "il"),
            "soutient",
        ),
        (
            "Yannick n’a rien fait d’autre que le redresser.",
            "Devendra Ramkhelawon",
            ("soutient-il", "il"),
            "soutient",
        ),
        ("dès demain matin", "Devendra Ramkhelawon", "L’entraîneur", "annonce"),
        ("abattu", "Yannick Carosin", "Yannick Carosin", "se dit"),
        (
            "Je monte ici depuis onze ans, je n’ai jamais été suspendu pour une faute pareille. Je respecte les commissaires, mais là, je ne comprends pas",
            "Yannick Carosin",
            "le jockey réunionnais",
            "confie",
        ),
        ("soulagée", "Aneeta Seegoolam", "Aneeta Seegoolam", "s’est dite"),
        (
            "Nous avons perdu la Coupe des Flamboyants l’an dernier dans des circonstances presque identiques et personne n’avait bougé. Cette fois, le règlement a été appliqué",
            "Aneeta Seegoolam",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "Ceux qui ont joué Golden Lagoon crient au scandale, les autres applaudissent. C’est ça, les courses.",
            "habitué",
            "un habitué",
            "résumait",
        ),
        (
            "l’intégrité des courses n’est pas négociable",
            "Autorité hippique de Maurice",
            "l’AHM",
            "rappelle",
        ),
        (
            "sur la base de l’arrivée officielle, après décision des commissaires",
            "Autorité hippique de Maurice",
            "l’AHM",
            "rappelle",
        ),
    ],
    ["Golden Lagoon", "Rivière Noire Star"],
)

article(
    "blind26-fr05",
    "fr",
    """Tizi Ouzou : les robinets à sec depuis dix jours à la cité des 300-Logements

Par Karim Aït-Ouarab
Publié le 12.07.2025 | 22:14

La colère gronde à la cité des 300-Logements, sur les hauteurs de la ville de Tizi Ouzou, où les habitants n'ont pas vu une goutte d'eau couler de leurs robinets depuis dix jours. Hier matin, une centaine de résidents ont fermé la route menant au siège de la daïra pour exiger «une solution immédiate».
«On achète la citerne à 2500 dinars, elle nous dure trois jours. Je suis retraité, je touche 18 000 dinars, faites le calcul», nous dira Mohand Saïdi, un père de famille rencontré au milieu des manifestants. À ses côtés, une femme d'une cinquantaine d'années lance : «Nos enfants se lavent dans des bassines comme dans les années 1990. Où est passé l'argent des projets ?»
Contactée, la direction de la Société de distribution des eaux de Kabylie (SDEK) explique la situation par une panne à la station de pompage de Tala-Amrane. «La pompe principale a grillé le 1er juillet à cause d'une surtension. La pièce de rechange est commandée, elle doit arriver de l'étranger», précise le chargé de communication de l'entreprise, Lounès Hamadache, qui promet un retour à la normale «avant la fin de la semaine prochaine».
Une promesse qui laisse les habitants sceptiques. «C'est la troisième fois cette année. À chaque fois, c'est la pompe, ou la conduite, ou l'électricité. Jamais de leur faute», peste Ouardia Benmansour, enseignante et membre du comité de quartier.
Lire aussi : Béjaïa : 14 villages raccordés au réseau de gaz naturel
Selon une source à la direction de l'hydraulique de la wilaya, qui a requis l'anonymat, le réseau de la cité «n'a pas été renouvelé depuis sa construction en 1984» et perd «près de 40% de l'eau injectée». Un projet de réhabilitation, inscrit en 2019, est toujours à l'arrêt faute d'entreprise réalisatrice.
Le wali, Abdelmadjid Boukhenoufa, s'est rendu sur place en fin d'après-midi. Devant les représentants du comité, il a annoncé la mobilisation de «six camions-citernes de la Protection civile et de l'APC» en attendant la réparation. «L'État ne laissera pas les citoyens sans eau en plein été. J'ai instruit les responsables de me faire un point quotidien», a-t-il affirmé.
Dans un communiqué diffusé en soirée, la wilaya de Tizi Ouzou annonce également «l'ouverture d'une enquête sur les retards accumulés dans le projet de réhabilitation du réseau». Les résultats devront être connus sous quinzaine.
En attendant, à la cité des 300-Logements, les jerricans s'alignent devant l'unique fontaine publique du quartier. «Ici, on ne dit plus bonjour, on dit “t'as de l'eau ?”», ironise un jeune du quartier, un bidon dans chaque main.
Partager : Facebook | Twitter | WhatsApp""",
    [
        ("une solution immédiate", "résidents", "une centaine de résidents", "exiger"),
        (
            "On achète la citerne à 2500 dinars, elle nous dure trois jours. Je suis retraité, je touche 18 000 dinars, faites le calcul",
            "Mohand Saïdi",
            "Mohand Saïdi",
            "nous dira",
        ),
        (
            "Nos enfants se lavent dans des bassines comme dans les années 1990. Où est passé l'argent des projets ?",
            "femme",
            "une femme d'une cinquantaine d'années",
            "lance",
        ),
        (
            "La pompe principale a grillé le 1er juillet à cause d'une surtension. La pièce de rechange est commandée, elle doit arriver de l'étranger",
            "Lounès Hamadache",
            "Lounès Hamadache",
            "précise",
        ),
        (
            "avant la fin de la semaine prochaine",
            "Lounès Hamadache",
            "Lounès Hamadache",
            "promet",
        ),
        (
            "C'est la troisième fois cette année. À chaque fois, c'est la pompe, ou la conduite, ou l'électricité. Jamais de leur faute",
            "Ouardia Benmansour",
            "Ouardia Benmansour",
            "peste",
        ),
        (
            "n'a pas été renouvelé depuis sa construction en 1984",
            "source",
            "une source à la direction de l'hydraulique de la wilaya",
            "Selon",
        ),
        (
            "près de 40% de l'eau injectée",
            "source",
            "une source à la direction de l'hydraulique de la wilaya",
            "Selon",
        ),
        (
            "six camions-citernes de la Protection civile et de l'APC",
            "Abdelmadjid Boukhenoufa",
            ("il a annoncé", "il"),
            "a annoncé",
        ),
        (
            "L'État ne laissera pas les citoyens sans eau en plein été. J'ai instruit les responsables de me faire un point quotidien",
            "Abdelmadjid Boukhenoufa",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "l'ouverture d'une enquête sur les retards accumulés dans le projet de réhabilitation du réseau",
            "wilaya de Tizi Ouzou",
            "la wilaya de Tizi Ouzou",
            "annonce",
        ),
        (
            "Ici, on ne dit plus bonjour, on dit “t'as de l'eau ?”",
            "jeune",
            "un jeune du quartier",
            "ironise",
        ),
    ],
)

article(
    "blind26-fr06",
    "fr",
    f"""Baccalauréat 2025 : « Toute fuite sera sanctionnée », avertit le ministère

Session principale – Le sujet de philosophie diffusé sur les réseaux sociaux : une enquête ouverte

Le Temps – Tunis
Publié le 05/06/2025

Quelques minutes seulement après le début de l’épreuve de philosophie, hier matin, des photos du sujet circulaient déjà sur plusieurs pages Facebook et groupes Telegram. Le ministère de l’Éducation a annoncé, en fin de journée, l’ouverture d’une enquête administrative et judiciaire.
«{NNB}Toute fuite sera sanctionnée conformément à la loi, qu’elle soit le fait d’un candidat, d’un surveillant ou de toute autre personne{NNB}», a indiqué le ministère dans un communiqué, précisant que «{NNB}l’épreuve ne sera pas annulée{NNB}», les sujets n’ayant été diffusés «{NNB}qu’après l’ouverture des enveloppes{NNB}».
Le sujet incriminé, « La vérité est-elle toujours bonne à dire ? », avait été choisi par une majorité de candidats de la section lettres.
Joint par téléphone, le directeur général des examens, Mohamed Ali Ben Slimane, a fait savoir que « plusieurs candidats ont été identifiés » grâce aux images diffusées. « Les photos ont été prises à l’intérieur des salles. Nous savons dans quels centres, nous saurons très vite par qui », a-t-il souligné. Il a rappelé que les téléphones portables sont « strictement interdits » dans les centres d’examen et que les contrevenants encourent une exclusion de cinq ans de tous les examens nationaux.
Les surveillants pointés du doigt
Du côté des enseignants, on refuse de faire porter la responsabilité aux seuls surveillants. Le secrétaire général du Syndicat national des professeurs du secondaire (SNPS), Hédi Gharbi, dénonce des conditions de surveillance « impossibles ». « Nous avons parfois un seul surveillant pour trente candidats, dans des salles sans brouilleurs. Comment voulez-vous contrôler chaque poche ? », s’est-il interrogé, appelant le ministère à « généraliser les détecteurs » promis depuis 2019.
Pour les parents, l’inquiétude est ailleurs. « Mon fils a révisé toute l’année. Si l’épreuve est refaite, ce sera une deuxième nuit blanche pour toute la famille », confie Samia Ferchichi, rencontrée devant le lycée Ibn-Rachiq de l’Ariana, où elle attendait la sortie de l’épreuve d’anglais.
La présidente de la Ligue des parents d’élèves de Tunisie, Najet Bouzguenda, plaide pour sa part pour « une réforme en profondeur » de l’examen. « Le bac est devenu un rituel de stress national. Tant que tout se jouera sur une semaine, la tentation de tricher restera énorme », a-t-elle estimé dans une déclaration à l’agence TAP.
Les épreuves se poursuivent jusqu’à mardi. Le ministère a appelé les candidats à «{NNB}se concentrer sur les épreuves restantes{NNB}» et à ne pas relayer de «{NNB}fausses informations{NNB}» sur une éventuelle annulation. Les résultats de la session principale seront proclamés le 28 juin.
Lire aussi : Concours de la 9e année de base : le calendrier dévoilé
Partager cet article""",
    [
        (
            "Toute fuite sera sanctionnée",
            "ministère de l’Éducation",
            ("avertit le ministère", "le ministère"),
            "avertit",
        ),
        (
            "Toute fuite sera sanctionnée conformément à la loi, qu’elle soit le fait d’un candidat, d’un surveillant ou de toute autre personne",
            "ministère de l’Éducation",
            ("a indiqué le ministère", "le ministère"),
            "a indiqué",
        ),
        (
            "l’épreuve ne sera pas annulée",
            "ministère de l’Éducation",
            ("a indiqué le ministère", "le ministère"),
            "précisant",
        ),
        (
            "qu’après l’ouverture des enveloppes",
            "ministère de l’Éducation",
            ("a indiqué le ministère", "le ministère"),
            "précisant",
        ),
        (
            "plusieurs candidats ont été identifiés",
            "Mohamed Ali Ben Slimane",
            "Mohamed Ali Ben Slimane",
            "a fait savoir",
        ),
        (
            "Les photos ont été prises à l’intérieur des salles. Nous savons dans quels centres, nous saurons très vite par qui",
            "Mohamed Ali Ben Slimane",
            ("a-t-il souligné", "il"),
            "a-t-il souligné",
        ),
        ("strictement interdits", "Mohamed Ali Ben Slimane", ("Il a rappelé", "Il"), "a rappelé"),
        ("impossibles", "Hédi Gharbi", "Hédi Gharbi", "dénonce"),
        (
            "Nous avons parfois un seul surveillant pour trente candidats, dans des salles sans brouilleurs. Comment voulez-vous contrôler chaque poche ?",
            "Hédi Gharbi",
            ("s’est-il interrogé", "il"),
            "s’est-il interrogé",
        ),
        ("généraliser les détecteurs", "Hédi Gharbi", ("s’est-il interrogé", "il"), "appelant"),
        (
            "Mon fils a révisé toute l’année. Si l’épreuve est refaite, ce sera une deuxième nuit blanche pour toute la famille",
            "Samia Ferchichi",
            "Samia Ferchichi",
            "confie",
        ),
        ("une réforme en profondeur", "Najet Bouzguenda", "Najet Bouzguenda", "plaide"),
        (
            "Le bac est devenu un rituel de stress national. Tant que tout se jouera sur une semaine, la tentation de tricher restera énorme",
            "Najet Bouzguenda",
            ("a-t-elle estimé", "elle"),
            "a-t-elle estimé",
        ),
        (
            "se concentrer sur les épreuves restantes",
            "ministère de l’Éducation",
            "Le ministère",
            "a appelé",
        ),
        ("fausses informations", "ministère de l’Éducation", "Le ministère", "a appelé"),
    ],
    ["La vérité est-elle toujours bonne à dire ?"],
)

article(
    "blind26-fr07",
    "fr",
    f"""Cognac : Thierry Vrignaud arrache 8 hectares de vignes, « la mort dans l’âme »

Face à la chute des ventes, les viticulteurs charentais sont incités à arracher. À Segonzac, un vigneron a franchi le pas cette semaine.

Par Anne-Laure Brochet
Publié le 21/02/2025 à 05h00 | Mis à jour le 21/02/2025 à 07h12

Le bruit de la pelleteuse couvre à peine celui du vent. Sur le coteau des Brandes, à Segonzac, les ceps d’ugni blanc plantés par son grand-père tombent les uns après les autres. Thierry Vrignaud, 54 ans, regarde sans un mot. Puis il lâche : «{NNB}Quarante ans que cette vigne donne. Et moi, je la tue en deux jours.{NNB}»
Le viticulteur a décidé d’arracher 8 des 31 hectares de son exploitation, dans le cadre du plan d’aide à l’arrachage définitif ouvert jusqu’au 15 mars. Il touchera 4 000 euros par hectare. «{NNB}Ça paie à peine l’arrachage et le dessouchage. Mais garder des vignes dont personne ne veut le raisin, c’est perdre de l’argent tous les ans{NNB}», calcule-t-il.
Photo CL / Renaud Joubert
Des stocks qui débordent
La filière traverse une crise sans précédent depuis trente ans. Les expéditions de cognac ont reculé de 18 % en un an, plombées par la baisse de la demande aux États-Unis et les taxes imposées en Chine. Selon l’Interprofession des eaux-de-vie de Charente (IEVC), les stocks représentent désormais «{NNB}plus de huit années de ventes{NNB}».
«{NNB}Il faut retrouver l’équilibre entre l’offre et la demande. L’arrachage n’est pas un échec, c’est une respiration{NNB}», défend son président, Jean-Marc Sauvaget, qui estime que 5 000 à 8 000 hectares devront disparaître.
Un discours qui passe mal chez une partie des vignerons. Pour Corinne Maufras, présidente de l’Union des vignerons charentais (UVC), «{NNB}les maisons de négoce ont poussé à planter pendant dix ans, et aujourd’hui ce sont les familles qui payent la facture{NNB}». «{NNB}On nous disait “plantez, plantez, il n’y en aura jamais assez”. On a planté{NNB}», rappelle-t-elle.
La maison Hérault-Lavergne, l’un des principaux acheteurs de la région, n’a pas souhaité répondre à nos questions. Dans un courrier adressé à ses livreurs en janvier, que La Charente libre a pu consulter, la maison annonçait une réduction de 30 % des volumes achetés en 2025, évoquant un «{NNB}contexte commercial exceptionnellement dégradé{NNB}».
Lire aussi : Jarnac : une distillerie placée en redressement judiciaire
Le soir, dans la cuisine de la ferme, Thierry Vrignaud feuillette les carnets de cave de son grand-père.
«{NNB}Lui, il a connu la crise des années 1970 et il disait toujours que le cognac, c’est des vaches grasses et des vaches maigres. Il a tenu, son fils a tenu.
«{NNB}Mais là, je ne sais pas si les vaches grasses reviendront, confie-t-il. Mon fils fait un BTS viticulture. Je ne vais pas lui dire d’arrêter. Je vais lui dire d’apprendre aussi autre chose.{NNB}»
Cet article est réservé aux abonnés. Déjà abonné ? Se connecter""",
    [
        (
            "la mort dans l’âme",
            "Thierry Vrignaud",
            ("Thierry Vrignaud arrache", "Thierry Vrignaud"),
            None,
        ),
        (
            "Quarante ans que cette vigne donne. Et moi, je la tue en deux jours.",
            "Thierry Vrignaud",
            ("il lâche", "il"),
            "lâche",
        ),
        (
            "Ça paie à peine l’arrachage et le dessouchage. Mais garder des vignes dont personne ne veut le raisin, c’est perdre de l’argent tous les ans",
            "Thierry Vrignaud",
            ("calcule-t-il", "il"),
            "calcule",
        ),
        (
            "plus de huit années de ventes",
            "Interprofession des eaux-de-vie de Charente",
            "l’Interprofession des eaux-de-vie de Charente",
            "Selon",
        ),
        (
            "Il faut retrouver l’équilibre entre l’offre et la demande. L’arrachage n’est pas un échec, c’est une respiration",
            "Jean-Marc Sauvaget",
            "Jean-Marc Sauvaget",
            "défend",
        ),
        (
            "les maisons de négoce ont poussé à planter pendant dix ans, et aujourd’hui ce sont les familles qui payent la facture",
            "Corinne Maufras",
            "Corinne Maufras",
            "Pour",
        ),
        (
            "On nous disait “plantez, plantez, il n’y en aura jamais assez”. On a planté",
            "Corinne Maufras",
            ("rappelle-t-elle", "elle"),
            "rappelle",
        ),
        (
            "contexte commercial exceptionnellement dégradé",
            "maison Hérault-Lavergne",
            ("la maison annonçait", "la maison"),
            "évoquant",
        ),
        (
            "Lui, il a connu la crise des années 1970 et il disait toujours que le cognac, c’est des vaches grasses et des vaches maigres. Il a tenu, son fils a tenu.",
            "Thierry Vrignaud",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "Mais là, je ne sais pas si les vaches grasses reviendront",
            "Thierry Vrignaud",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "Mon fils fait un BTS viticulture. Je ne vais pas lui dire d’arrêter. Je vais lui dire d’apprendre aussi autre chose.",
            "Thierry Vrignaud",
            ("confie-t-il", "il"),
            "confie",
        ),
    ],
)

article(
    "blind26-fr08",
    "fr",
    f"""Paludisme : la vaccination des enfants lancée dans le district sanitaire de Korhogo

Le ministre de la Santé a procédé, hier, au lancement officiel de la campagne dans la région du Poro. Plus de 96 000 enfants de 5 à 24 mois sont concernés.

Koffi Yao-Brou, envoyé spécial à Korhogo
Publié le 18 avril 2025

C’est sous un soleil de plomb, devant plusieurs centaines de mères venues avec leurs bébés au dos, que le ministre de la Santé, le Pr Adama Kouassi-Tanoh, a lancé, hier, la campagne de vaccination contre le paludisme dans le district sanitaire de Korhogo.
«{NB}Le paludisme reste la première cause de consultation dans nos centres de santé. Aucune mère ne devrait plus perdre un enfant à cause d’une piqûre de moustique{NB}», a déclaré le ministre, avant d’administrer lui-même la première dose à une fillette de six mois.
Le Pr Kouassi-Tanoh a rappelé que le vaccin, administré en quatre doses, «{NB}ne remplace pas la moustiquaire{NB}». «{NB}Le vaccin protège, la moustiquaire protège, les deux ensemble protègent mieux. Je vous en prie, mamans, ne relâchez pas les bonnes habitudes{NB}», a-t-il exhorté.
(Photo : Fraternité Matin / Serge Akpa-Dion)
Selon la directrice départementale de la Santé, le Dr Mariam Ouattara-Konan, 148 sites de vaccination ont été ouverts, dont 37 centres fixes et 111 postes avancés dans les villages. «{NB}Nos équipes iront jusque dans les campements les plus reculés, à moto s’il le faut. Personne ne sera laissé de côté{NB}», a-t-elle assuré.
Dans la file d’attente, Fatoumata Silué, 27 ans, tient dans ses bras son fils de neuf mois. Elle a perdu sa première fille du paludisme en 2021. «{NB}Quand on m’a dit qu’il y avait un vaccin, je suis venue dès 6 heures. Je ne veux plus revivre ça{NB}», a-t-elle confié en sénoufo, traduite par un agent de santé communautaire.
Les autorités sanitaires doivent toutefois faire face à des rumeurs persistantes sur les réseaux sociaux, où un message audio largement partagé prétend que le vaccin rendrait les enfants stériles. «{NB}C’est totalement faux. Ce vaccin a été testé sur des centaines de milliers d’enfants en Afrique depuis plusieurs années{NB}», a réagi le Dr Ouattara-Konan, qui appelle les parents à «{NB}s’informer auprès des agents de santé et non sur WhatsApp{NB}».
Le chef du village de Nafoun-Kaha, Nanga Coulibaly, a, pour sa part, promis de «{NB}faire passer le message dans toutes les familles{NB}». «{NB}Quand le chef parle, on écoute. J’ai fait vacciner mes trois petits-enfants devant tout le monde{NB}», a-t-il souligné, sous les applaudissements.
L’Alliance africaine pour la vaccination (AAV), partenaire de la campagne, a salué dans un communiqué «{NB}un engagement fort de l’État ivoirien{NB}», rappelant que le pays fait partie des premiers de la sous-région à intégrer ce vaccin dans son programme élargi de vaccination.
La campagne, placée sous le thème «{NB}Un enfant vacciné, une famille protégée{NB}», sera étendue aux districts de Ferkessédougou et de Boundiali à partir du mois de mai.
Lire aussi : Bouaké : le nouveau CHU accueille ses premiers patients
Partager sur WhatsApp · Facebook · X""",
    [
        (
            "Le paludisme reste la première cause de consultation dans nos centres de santé. Aucune mère ne devrait plus perdre un enfant à cause d’une piqûre de moustique",
            "Adama Kouassi-Tanoh",
            ("a déclaré le ministre", "le ministre"),
            "a déclaré",
        ),
        (
            "ne remplace pas la moustiquaire",
            "Adama Kouassi-Tanoh",
            "Pr Kouassi-Tanoh",
            "a rappelé",
        ),
        (
            "Le vaccin protège, la moustiquaire protège, les deux ensemble protègent mieux. Je vous en prie, mamans, ne relâchez pas les bonnes habitudes",
            "Adama Kouassi-Tanoh",
            ("a-t-il exhorté", "il"),
            "a-t-il exhorté",
        ),
        (
            "Nos équipes iront jusque dans les campements les plus reculés, à moto s’il le faut. Personne ne sera laissé de côté",
            "Mariam Ouattara-Konan",
            ("a-t-elle assuré", "elle"),
            "a-t-elle assuré",
        ),
        (
            "Quand on m’a dit qu’il y avait un vaccin, je suis venue dès 6 heures. Je ne veux plus revivre ça",
            "Fatoumata Silué",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        (
            "C’est totalement faux. Ce vaccin a été testé sur des centaines de milliers d’enfants en Afrique depuis plusieurs années",
            "Mariam Ouattara-Konan",
            "Dr Ouattara-Konan",
            "a réagi",
        ),
        (
            "s’informer auprès des agents de santé et non sur WhatsApp",
            "Mariam Ouattara-Konan",
            "Dr Ouattara-Konan",
            "appelle",
        ),
        (
            "faire passer le message dans toutes les familles",
            "Nanga Coulibaly",
            "Nanga Coulibaly",
            "promis",
        ),
        (
            "Quand le chef parle, on écoute. J’ai fait vacciner mes trois petits-enfants devant tout le monde",
            "Nanga Coulibaly",
            ("a-t-il souligné", "il"),
            "a-t-il souligné",
        ),
        (
            "un engagement fort de l’État ivoirien",
            "Alliance africaine pour la vaccination",
            "L’Alliance africaine pour la vaccination",
            "a salué",
        ),
    ],
    ["Un enfant vacciné, une famille protégée"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind26_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
