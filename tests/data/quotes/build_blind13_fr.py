# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind13_fr.jsonl: a thirteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a lighthouse keeper's last season
(regional daily, multi-paragraph quote), a leak of e-mails inside a small sports federation
(investigative site, quoted e-mails in “ ”, a whistleblower, a press office), a radio Q/A with
an entomologist on bedbugs (answers unmarked, quotes inside them), an AFP wire on a volcano
alert in the Antilles, a start-up liquidation (investors on background), an oyster sales ban
before Christmas, a drone show replacing a village's fireworks, and a field of First World War
shells found by a farmer. Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions
are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind13_fr.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

NB = "\u00a0"
NNB = "\u202f"

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind13-fr01",
    "fr",
    f"""Phare de Kerlosquen : la dernière saison d’un gardien «{NB}jusqu’au bout{NB}»

Ouest-France · Publié le 14/09/2026 à 07h12 · Modifié le 14/09/2026 à 09h30
Par Maëlle Guirriec

Depuis vingt-deux ans, Yannick Le Dréau monte chaque soir les 214 marches du phare de Kerlosquen, au large de Plouzénec (Finistère). Le 31 octobre, le sexagénaire rendra les clés à la direction interrégionale de la mer, qui a décidé d’automatiser entièrement l’édifice. «{NB}Je resterai gardien jusqu’au bout, même quand il n’y aura plus rien à garder{NB}», sourit-il en refermant la porte de la lanterne.
Le métier a pourtant déjà changé. «{NB}Au début, on notait tout à la main : le vent, la houle, les bateaux. Aujourd’hui, un capteur fait ça mieux que moi{NB}», reconnaît l’ancien marin pêcheur. Il garde un registre quand même, «{NB}par habitude, et pour les suivants{NB}».
Photo : Maëlle Guirriec / Ouest-France
«{NB}Une page qui se tourne{NB}»
La direction interrégionale de la mer Nord Atlantique-Manche Ouest assure que la décision n’a rien d’une économie de bout de chandelle. «{NNB}L’automatisation garantit le même niveau de sécurité pour la navigation, avec une surveillance à distance vingt-quatre heures sur vingt-quatre{NNB}», a indiqué l’administration dans un courriel adressé à Ouest-France.
Sur le port, la nouvelle passe mal. Pour Gwenaël Kerbrat, patron du chalutier Ar Vag, c’est «{NB}une page qui se tourne, et pas dans le bon sens{NB}». «{NB}Quand la brume tombe, on appelle Yannick, pas un ordinateur, explique le pêcheur. Il connaît chaque caillou.{NB}»
Lire aussi : À Plouzénec, la criée retrouve des couleurs
La maire, Annick Salaün, dit avoir écrit au préfet maritime pour demander que le logement du gardien reste ouvert au public. «{NB}Ce phare, c’est notre clocher. On ne peut pas le laisser devenir une boîte noire{NB}», a plaidé l’élue lors du dernier conseil municipal. Elle espère y installer une exposition, provisoirement baptisée «{NB}Les Veilleurs de l’Iroise{NB}», dès l’été prochain.
Le Dréau, lui, préfère ne pas trop y penser. Il évoque sa femme, Odile, qui l’a rejointe sur l’île pendant quinze hivers, et la nuit de tempête de décembre 1999.
«{NB}Cette nuit-là, la lanterne tremblait comme une feuille. J’ai cru que la tour allait partir.
«{NB}Et puis le matin, la mer s’est calmée d’un coup, comme si rien ne s’était passé. C’est ça, la mer : elle ne s’excuse jamais.{NB}»
Après le 31 octobre, il compte s’installer à Brest, «{NB}pas trop loin, pour pouvoir le voir par beau temps{NB}», glisse-t-il.
Partager : Facebook · X · WhatsApp · Copier le lien
Recevez chaque matin l’essentiel de l’actualité du Finistère : inscrivez-vous à notre newsletter.""",
    [
        ("jusqu’au bout", "Yannick Le Dréau", None, None),
        (
            "Je resterai gardien jusqu’au bout, même quand il n’y aura plus rien à garder",
            "Yannick Le Dréau",
            ("sourit-il", "il"),
            "sourit-il",
        ),
        (
            "Au début, on notait tout à la main : le vent, la houle, les bateaux. Aujourd’hui, un capteur fait ça mieux que moi",
            "Yannick Le Dréau",
            "l’ancien marin pêcheur",
            "reconnaît",
        ),
        ("par habitude, et pour les suivants", "Yannick Le Dréau", ("Il garde", "Il"), None),
        ("Une page qui se tourne", "Gwenaël Kerbrat", None, None),
        (
            "L’automatisation garantit le même niveau de sécurité pour la navigation, avec une surveillance à distance vingt-quatre heures sur vingt-quatre",
            "direction interrégionale de la mer Nord Atlantique-Manche Ouest",
            "l’administration",
            "a indiqué",
        ),
        (
            "une page qui se tourne, et pas dans le bon sens",
            "Gwenaël Kerbrat",
            "Gwenaël Kerbrat",
            "Pour",
        ),
        (
            "Quand la brume tombe, on appelle Yannick, pas un ordinateur",
            "Gwenaël Kerbrat",
            "le pêcheur",
            "explique",
        ),
        ("Il connaît chaque caillou.", "Gwenaël Kerbrat", "le pêcheur", "explique"),
        (
            "Ce phare, c’est notre clocher. On ne peut pas le laisser devenir une boîte noire",
            "Annick Salaün",
            "l’élue",
            "a plaidé",
        ),
        (
            "Cette nuit-là, la lanterne tremblait comme une feuille. J’ai cru que la tour allait partir.",
            "Yannick Le Dréau",
            ("Il évoque", "Il"),
            None,
        ),
        (
            "Et puis le matin, la mer s’est calmée d’un coup, comme si rien ne s’était passé. C’est ça, la mer : elle ne s’excuse jamais.",
            "Yannick Le Dréau",
            ("Il évoque", "Il"),
            None,
        ),
        (
            "pas trop loin, pour pouvoir le voir par beau temps",
            "Yannick Le Dréau",
            ("glisse-t-il", "il"),
            "glisse-t-il",
        ),
    ],
    ["Les Veilleurs de l’Iroise"],
)

article(
    "blind13-fr02",
    "fr",
    """Canoë-polo : les courriels qui embarrassent la fédération

Par Samia Benhaddou
12 septembre 2026 à 18h47

Notre site a pu consulter plusieurs dizaines de courriels internes de l’Union française de canoë-polo (UFCP). Ils montrent que la direction a été alertée dès février 2025 de frais de déplacement anormaux au sein de l’équipe de France, sans qu’aucune enquête interne ne soit ouverte.
Dans un message du 3 février 2025, le trésorier de l’époque, Régis Fontanel, écrit au président, Hervé Castagnier : “Je ne peux pas valider ces notes de frais en l’état. Il manque les justificatifs pour près de 40 000 euros.” La réponse arrive deux jours plus tard, en une ligne : “On verra ça après les championnats d’Europe.”
Trois mois plus tard, M. Fontanel démissionnait. Joint par téléphone, il confirme l’authenticité des échanges. « J’ai prévenu tout le monde, par écrit, à plusieurs reprises. On m’a fait comprendre que je gênais », affirme-t-il aujourd’hui.
Un lanceur d’alerte, salarié de la fédération, qui a requis l’anonymat par crainte de représailles, décrit un « système de copinage » autour de l’encadrement de l’équipe masculine. « Les mêmes personnes organisaient les stages, choisissaient les hôtels et validaient les factures. Personne ne contrôlait personne. »
Lire aussi : Sport : la Cour des comptes épingle la gouvernance des petites fédérations
Sollicitée à plusieurs reprises, la fédération a fini par répondre par l’intermédiaire de son service de presse. «Les dépenses évoquées ont toutes fait l’objet d’une validation en bureau directeur, conformément aux statuts», assure l’UFCP, qui dit «regretter la diffusion de correspondances privées».
Le président n’a pas souhaité s’exprimer personnellement. Selon un proche du dossier, il aurait pourtant reconnu, lors d’une réunion du bureau en juin, des « erreurs de gestion » et promis un audit externe, jamais commandé depuis.
Le ministère des Sports, de son côté, indique avoir été saisi fin août. « Nous avons demandé à la fédération de nous transmettre l’ensemble des pièces comptables de 2024 et 2025 », précise le cabinet de la ministre, qui n’exclut pas de saisir l’inspection générale.
Cet article vous est offert. Pour lire tous nos articles, abonnez-vous.
Parmi les athlètes, le malaise est palpable. L’ancienne capitaine de l’équipe de France, Léa Marchetti, médaillée d’argent aux Mondiaux de 2023, ne mâche pas ses mots : « On nous demandait de payer nos propres licences pendant que certains voyageaient en classe affaires. C’est indécent. » Elle a lancé une pétition intitulée « Pagayer, pas payer », qui a recueilli plus de 3 000 signatures.
Dans un dernier courriel, daté du 11 mai, Régis Fontanel prévenait : “Si rien ne bouge, je devrai en parler à l’extérieur.” Il dit aujourd’hui n’avoir « aucun regret ».
Partager l’article · Offrir l’article · Commentaires (12)""",
    [
        (
            "Je ne peux pas valider ces notes de frais en l’état. Il manque les justificatifs pour près de 40 000 euros.",
            "Régis Fontanel",
            ("trésorier de l’époque, Régis Fontanel", "Régis Fontanel"),
            ("Régis Fontanel, écrit", "écrit"),
        ),
        ("On verra ça après les championnats d’Europe.", "Hervé Castagnier", None, None),
        (
            "J’ai prévenu tout le monde, par écrit, à plusieurs reprises. On m’a fait comprendre que je gênais",
            "Régis Fontanel",
            ("affirme-t-il", "il"),
            "affirme-t-il",
        ),
        ("système de copinage", "lanceur d’alerte", "Un lanceur d’alerte", "décrit"),
        (
            "Les mêmes personnes organisaient les stages, choisissaient les hôtels et validaient les factures. Personne ne contrôlait personne.",
            "lanceur d’alerte",
            "Un lanceur d’alerte",
            None,
        ),
        (
            "Les dépenses évoquées ont toutes fait l’objet d’une validation en bureau directeur, conformément aux statuts",
            "Union française de canoë-polo",
            ("l’UFCP, qui", "UFCP"),
            "assure",
        ),
        (
            "regretter la diffusion de correspondances privées",
            "Union française de canoë-polo",
            ("l’UFCP, qui", "UFCP"),
            ("qui dit", "dit"),
        ),
        ("erreurs de gestion", "Hervé Castagnier", ("il aurait", "il"), "aurait pourtant reconnu"),
        (
            "Nous avons demandé à la fédération de nous transmettre l’ensemble des pièces comptables de 2024 et 2025",
            "cabinet de la ministre",
            "le cabinet de la ministre",
            "précise",
        ),
        (
            "On nous demandait de payer nos propres licences pendant que certains voyageaient en classe affaires. C’est indécent.",
            "Léa Marchetti",
            "Léa Marchetti",
            "ne mâche pas ses mots",
        ),
        (
            "Si rien ne bouge, je devrai en parler à l’extérieur.",
            "Régis Fontanel",
            ("daté du 11 mai, Régis Fontanel", "Régis Fontanel"),
            "prévenait",
        ),
        ("aucun regret", "Régis Fontanel", ("Il dit aujourd’hui", "Il"), ("Il dit", "dit")),
    ],
    ["Pagayer, pas payer"],
)

article(
    "blind13-fr03",
    "fr",
    """Punaises de lit : « Le pic n’est pas derrière nous », prévient l’entomologiste Claire Vasseur

franceinfo · Radio France
Publié le 09/10/2026 06:55 · Temps de lecture : 4 min

Alors que plusieurs lycées de la métropole lilloise ont fermé des internats cette semaine, l’entomologiste Claire Vasseur, chercheuse à l’Institut des sciences du vivant de Roubaix, répond aux questions de franceinfo.

franceinfo : Faut-il parler d’une épidémie ?

Claire Vasseur : Le mot est excessif, mais le phénomène est réel. Nous recevons trois fois plus de signalements qu’il y a deux ans. Quand un proviseur m’appelle et me dit : « On a trouvé des punaises dans trois dortoirs, on fait quoi ? », je lui réponds d’abord de ne pas paniquer.

franceinfo : Le ministère de l’Éducation nationale parle d’une situation « sous contrôle ». Vous êtes d’accord ?

Je dirais plutôt « sous surveillance ». Les désinsectiseurs sont débordés, et certains pratiquent des prix abusifs. Une famille m’a raconté avoir payé 2 800 euros pour traiter un studio. C’est du racket.

franceinfo : Que conseillez-vous aux familles ?

Laver à 60 degrés, passer les valises au congélateur, et surtout ne pas jeter son matelas dans la rue. Mon collègue Thibault Gervais, qui travaille sur la résistance aux insecticides, le répète depuis des années : « Les produits en vente libre ne servent à rien, ils rendent même les punaises plus fortes. »

À lire aussi : Punaises de lit : comment reconnaître une piqûre ?

franceinfo : Le gouvernement a lancé la campagne « Stop Punaises ». Est-ce suffisant ?

C’est un début. Mais une affiche n’a jamais tué un insecte. Il faut surtout des moyens pour les bailleurs sociaux et pour les familles modestes, qui n’osent pas en parler par honte.

Contacté par franceinfo, le ministère de l’Éducation nationale maintient que « moins de 1 % des internats » sont concernés. « Chaque signalement fait l’objet d’une intervention sous 48 heures », a assuré un porte-parole, qui précise qu’un protocole a été envoyé à tous les établissements.
La Fédération des bailleurs du Nord, qui regroupe une vingtaine d’organismes HLM, réclame de son côté « un fonds d’urgence ». Son président, Didier Vanhoutte, a estimé jeudi que « les locataires les plus modestes ne peuvent pas avancer ces sommes ».

Retrouvez tous nos entretiens du matin sur l’application Radio France.""",
    [
        (
            "Le pic n’est pas derrière nous",
            "Claire Vasseur",
            ("l’entomologiste Claire Vasseur", "Claire Vasseur"),
            "prévient",
        ),
        (
            "On a trouvé des punaises dans trois dortoirs, on fait quoi ?",
            "proviseur",
            "un proviseur",
            "me dit",
        ),
        (
            "sous contrôle",
            "ministère de l’Éducation nationale",
            "Le ministère de l’Éducation nationale",
            "parle",
        ),
        ("sous surveillance", "Claire Vasseur", ("Je dirais", "Je"), "dirais"),
        (
            "Les produits en vente libre ne servent à rien, ils rendent même les punaises plus fortes.",
            "Thibault Gervais",
            "Thibault Gervais",
            "le répète",
        ),
        (
            "moins de 1 % des internats",
            "ministère de l’Éducation nationale",
            "le ministère de l’Éducation nationale",
            "maintient",
        ),
        (
            "Chaque signalement fait l’objet d’une intervention sous 48 heures",
            "porte-parole",
            "un porte-parole",
            "a assuré",
        ),
        (
            "un fonds d’urgence",
            "Fédération des bailleurs du Nord",
            "La Fédération des bailleurs du Nord",
            "réclame",
        ),
        (
            "les locataires les plus modestes ne peuvent pas avancer ces sommes",
            "Didier Vanhoutte",
            "Didier Vanhoutte",
            "a estimé",
        ),
    ],
    ["Stop Punaises"],
)

article(
    "blind13-fr04",
    "fr",
    f"""Martinique : le niveau d’alerte relevé pour le volcan du Morne Jacquot

Fort-de-France, 21 oct 2026 (AFP) - Le préfet de la Martinique a relevé mardi le niveau d’alerte du volcan du Morne Jacquot au niveau «{NB}orange{NB}», après une hausse marquée de l’activité sismique ces dix derniers jours, une première depuis 1986.
«{NB}Il n’y a pas de danger imminent, mais nous devons nous préparer à toutes les hypothèses{NB}», a déclaré le préfet, Olivier Marchal-Duval, lors d’un point presse à Fort-de-France. Les communes de Basse-Pointe-les-Hauts et de Grand-Fonds, environ 9{NB}000 habitants, sont invitées à «{NB}vérifier leurs plans d’évacuation{NB}».
Selon l’Observatoire volcanologique de Martinique-Nord (OVMN), plus de 1{NB}200 séismes de faible magnitude ont été enregistrés depuis le 11 octobre, contre une trentaine par mois habituellement. «{NB}Le signal est net. Le magma remonte, mais nous ne savons pas jusqu’où ni à quelle vitesse{NB}», a expliqué à l’AFP sa directrice, la volcanologue Nadia Bellance.
La scientifique se veut toutefois prudente. «{NB}Une crise sismique ne débouche pas forcément sur une éruption. En 1986, tout s’était arrêté au bout de trois semaines{NB}», a-t-elle rappelé.
Dans les hauteurs de Grand-Fonds, l’inquiétude est palpable. «{NB}Ma grand-mère parlait encore de 1902. Ici, on ne rigole pas avec la montagne{NB}», confie Jean-Marc Sylvestre, agriculteur de 52 ans, qui a déjà préparé «{NB}un sac avec les papiers et les médicaments{NB}».
La maire de Grand-Fonds, Rosette Labbé-Augustin, a réclamé des «{NB}moyens supplémentaires{NB}» pour les pompiers. «{NB}On nous demande d’être prêts, très bien. Mais avec deux camions et douze volontaires, comment fait-on{NB}?{NB}», s’est interrogée l’élue.
Un responsable de la sécurité civile, sous couvert d’anonymat, a reconnu qu’un renfort venu de l’Hexagone était «{NB}à l’étude{NB}». Le ministère des Outre-mer a indiqué dans un communiqué suivre la situation «{NB}avec la plus grande attention{NB}».
L’OVMN publiera désormais un bulletin quotidien. L’exercice d’évacuation baptisé «{NB}Morne 26{NB}», prévu en décembre, pourrait être avancé de plusieurs semaines, selon la préfecture. Les écoles de Grand-Fonds resteront ouvertes jusqu’à nouvel ordre, et une réunion publique doit se tenir jeudi soir à la salle des fêtes.
Le Morne Jacquot, qui culmine à 1{NB}130 mètres, n’a plus connu d’éruption magmatique depuis le XIXe siècle, mais ses fumerolles sont surveillées en permanence par une dizaine de stations.
ngb/pz/cls""",
    [
        (
            "Il n’y a pas de danger imminent, mais nous devons nous préparer à toutes les hypothèses",
            "Olivier Marchal-Duval",
            ("le préfet, Olivier Marchal-Duval", "Olivier Marchal-Duval"),
            "a déclaré",
        ),
        ("vérifier leurs plans d’évacuation", None, None, None),
        (
            "Le signal est net. Le magma remonte, mais nous ne savons pas jusqu’où ni à quelle vitesse",
            "Nadia Bellance",
            ("la volcanologue Nadia Bellance", "Nadia Bellance"),
            "a expliqué",
        ),
        (
            "Une crise sismique ne débouche pas forcément sur une éruption. En 1986, tout s’était arrêté au bout de trois semaines",
            "Nadia Bellance",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "Ma grand-mère parlait encore de 1902. Ici, on ne rigole pas avec la montagne",
            "Jean-Marc Sylvestre",
            "Jean-Marc Sylvestre",
            "confie",
        ),
        (
            "un sac avec les papiers et les médicaments",
            "Jean-Marc Sylvestre",
            "Jean-Marc Sylvestre",
            None,
        ),
        (
            "moyens supplémentaires",
            "Rosette Labbé-Augustin",
            "Rosette Labbé-Augustin",
            "a réclamé",
        ),
        (
            f"On nous demande d’être prêts, très bien. Mais avec deux camions et douze volontaires, comment fait-on{NB}?",
            "Rosette Labbé-Augustin",
            "l’élue",
            "s’est interrogée",
        ),
        (
            "à l’étude",
            "responsable",
            "Un responsable de la sécurité civile",
            "a reconnu",
        ),
        (
            "avec la plus grande attention",
            "ministère des Outre-mer",
            "Le ministère des Outre-mer",
            "a indiqué",
        ),
    ],
    ["orange", "Morne 26"],
)

article(
    "blind13-fr05",
    "fr",
    """Liquidation judiciaire pour Panierco, la start-up des paniers fermiers livrés en deux heures

LES ÉCHOS | Publié le 4 nov. 2026 à 17:32 | Mis à jour le 4 nov. 2026 à 19:05
Par Thomas Ravier

Le tribunal des activités économiques de Lyon a prononcé mardi la liquidation judiciaire de Panierco. La jeune pousse lyonnaise, qui promettait avec son abonnement “Frais Chrono” de livrer des produits fermiers “en moins de deux heures” dans six métropoles, emploie encore 142 salariés et laisse une dette estimée à 31 millions d’euros.
Son fondateur, Maxime Oudinot, 34 ans, ne cache pas son amertume. « Nous avons été trop vite, c’est certain. Mais nous avions un repreneur sérieux, et il s’est retiré la veille de l’audience », a-t-il déclaré aux « Échos ». Le trentenaire, ancien consultant, avait levé 58 millions d’euros en trois tours depuis 2022.
Selon nos informations, le fonds allemand Hagenfeld Capital, entré au capital en 2024, aurait refusé d’injecter de l’argent frais dès le printemps. « Les chiffres présentés au conseil ne correspondaient pas à la réalité du terrain. Le taux de commandes répétées s’effondrait », explique un investisseur, qui a requis l’anonymat. « On a demandé un plan de redressement en mars. On l’attend encore », ajoute-t-il.
Newsletter Start-up : chaque jeudi, le meilleur de l’écosystème. Je m’inscris
Un autre actionnaire minoritaire, plus nuancé, parle d’un « accident industriel » plutôt que d’une faute de gestion : « Le modèle de la livraison ultrarapide ne tient que si l’argent ne coûte rien. Ce n’est plus le cas. »
Hagenfeld Capital n’a pas répondu à nos sollicitations. Le liquidateur, Me Anne-Sophie Gaudry, a indiqué que les actifs, dont la marque et le logiciel de gestion des tournées, seraient cédés « dans les prochaines semaines ».
Côté salariés, la colère domine. « On a appris la liquidation par un message sur la messagerie interne, à 8 heures du matin », raconte Inès Belkacem, préparatrice de commandes à Villeurbanne. Le collectif Livreurs unis, qui défend une partie du personnel, dénonce « un mépris total » et réclame le versement des primes promises au printemps.
Pour Fabien Morvan, professeur de finance à l’École de commerce de Villefranche, l’échec de Panierco « n’est pas une exception, c’est la fin d’un cycle ». « Les investisseurs ne financent plus la croissance à tout prix. Ils veulent voir des marges », observe-t-il.
Maxime Oudinot, lui, assure qu’il « recommencera ». Le nom de son prochain projet ? « Je le garde pour moi », s’amuse-t-il.
À lire aussi : Livraison rapide : après l’euphorie, l’hécatombe""",
    [
        ("en moins de deux heures", "Panierco", "La jeune pousse lyonnaise", "promettait"),
        (
            "Nous avons été trop vite, c’est certain. Mais nous avions un repreneur sérieux, et il s’est retiré la veille de l’audience",
            "Maxime Oudinot",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Les chiffres présentés au conseil ne correspondaient pas à la réalité du terrain. Le taux de commandes répétées s’effondrait",
            "investisseur",
            "un investisseur",
            "explique",
        ),
        (
            "On a demandé un plan de redressement en mars. On l’attend encore",
            "investisseur",
            ("ajoute-t-il", "il"),
            "ajoute-t-il",
        ),
        ("accident industriel", "actionnaire", "Un autre actionnaire minoritaire", "parle"),
        (
            "Le modèle de la livraison ultrarapide ne tient que si l’argent ne coûte rien. Ce n’est plus le cas.",
            "actionnaire",
            "Un autre actionnaire minoritaire",
            None,
        ),
        (
            "dans les prochaines semaines",
            "Anne-Sophie Gaudry",
            "Anne-Sophie Gaudry",
            "a indiqué",
        ),
        (
            "On a appris la liquidation par un message sur la messagerie interne, à 8 heures du matin",
            "Inès Belkacem",
            "Inès Belkacem",
            "raconte",
        ),
        ("un mépris total", "collectif Livreurs unis", "Le collectif Livreurs unis", "dénonce"),
        (
            "n’est pas une exception, c’est la fin d’un cycle",
            "Fabien Morvan",
            ("Pour Fabien Morvan", "Fabien Morvan"),
            "Pour",
        ),
        (
            "Les investisseurs ne financent plus la croissance à tout prix. Ils veulent voir des marges",
            "Fabien Morvan",
            ("observe-t-il", "il"),
            "observe-t-il",
        ),
        ("recommencera", "Maxime Oudinot", ("Maxime Oudinot, lui", "Maxime Oudinot"), "assure"),
        ("Je le garde pour moi", "Maxime Oudinot", ("s’amuse-t-il", "il"), "s’amuse-t-il"),
    ],
    ["Frais Chrono", "Échos"],
)

article(
    "blind13-fr06",
    "fr",
    f"""Bassin de Larrigue : les huîtres interdites à la vente, les ostréiculteurs «{NNB}au bord du gouffre{NNB}»

Sud Ouest
Par Julie Etcheverry
Publié le 18/12/2026 à 11h20

À une semaine de Noël, la préfecture de la Gironde a suspendu vendredi la récolte et la commercialisation des huîtres du bassin de Larrigue, après la détection de norovirus dans plusieurs prélèvements. L’arrêté, qui concerne 87 exploitations, s’applique «{NNB}jusqu’à nouvel ordre{NNB}».
«{NNB}C’est la pire période possible. Décembre, c’est 40{NNB}% de notre chiffre d’affaires{NNB}», souffle Pascal Dufourcq, ostréiculteur à Larrigue depuis trente ans, en montrant ses poches entassées sur le quai. À côté de lui, sa fille, Camille Dufourcq, qui a repris une partie de l’exploitation en 2023, se dit «{NNB}en colère, pas résignée{NNB}».
Pour les professionnels, la cause est connue : les débordements du réseau d’assainissement lors des fortes pluies de novembre. «{NNB}On paie les tuyaux des autres. Ça fait dix ans qu’on alerte sur la station d’épuration de Saint-Vivien-des-Prés{NNB}», dénonce le président du comité régional de la conchyliculture, Bernard Lalanne.
Pascal Dufourcq sur son parc, jeudi matin. Photo Julie Etcheverry / Sud Ouest
Le syndicat intercommunal d’assainissement, mis en cause, se défend. «{NNB}Les travaux de modernisation ont été votés en 2024 et commenceront au printemps{NNB}», a fait savoir son directeur, Hugues Pelletan, qui juge «{NNB}injuste{NNB}» de faire porter la responsabilité «{NNB}à une seule structure{NNB}».
L’agence régionale de santé rappelle de son côté que la consommation d’huîtres contaminées peut provoquer des gastro-entérites «{NNB}parfois sévères chez les personnes fragiles{NNB}». «{NNB}La mesure est proportionnée et temporaire. Dès que deux analyses consécutives seront négatives, elle sera levée{NNB}», a précisé un médecin de l’agence.
Lire aussi : Huîtres de Noël : comment bien les choisir ?
Le député de la circonscription, Arnaud Sarrazin-Pujol, a demandé au gouvernement «{NNB}un fonds d’indemnisation immédiat{NNB}». Le ministère de l’Agriculture et de la Mer indique «{NNB}étudier toutes les options{NNB}».
Sur le port, on s’organise. La confrérie des Amis de l’huître maintient sa fête «{NNB}La Nuit des Claires{NNB}» le 23 décembre, «{NNB}mais avec des huîtres d’ailleurs, pour une fois{NNB}», reconnaît son président en riant jaune.
«{NNB}Nous, on va tenir, assure Pascal Dufourcq. Mais certains jeunes ne passeront pas l’hiver.{NNB}»
Partager sur Facebook · Partager sur X · Partager par mail""",
    [
        ("au bord du gouffre", None, None, None),
        ("jusqu’à nouvel ordre", None, None, None),
        (
            f"C’est la pire période possible. Décembre, c’est 40{NNB}% de notre chiffre d’affaires",
            "Pascal Dufourcq",
            "Pascal Dufourcq",
            "souffle",
        ),
        ("en colère, pas résignée", "Camille Dufourcq", "Camille Dufourcq", "se dit"),
        (
            "On paie les tuyaux des autres. Ça fait dix ans qu’on alerte sur la station d’épuration de Saint-Vivien-des-Prés",
            "Bernard Lalanne",
            "Bernard Lalanne",
            "dénonce",
        ),
        (
            "Les travaux de modernisation ont été votés en 2024 et commenceront au printemps",
            "Hugues Pelletan",
            "Hugues Pelletan",
            "a fait savoir",
        ),
        ("injuste", "Hugues Pelletan", ("qui juge", "qui"), ("qui juge", "juge")),
        ("à une seule structure", "Hugues Pelletan", ("qui juge", "qui"), ("qui juge", "juge")),
        (
            "parfois sévères chez les personnes fragiles",
            "agence régionale de santé",
            "L’agence régionale de santé",
            "rappelle",
        ),
        (
            "La mesure est proportionnée et temporaire. Dès que deux analyses consécutives seront négatives, elle sera levée",
            "médecin",
            "un médecin de l’agence",
            "a précisé",
        ),
        (
            "un fonds d’indemnisation immédiat",
            "Arnaud Sarrazin-Pujol",
            "Arnaud Sarrazin-Pujol",
            "a demandé",
        ),
        (
            "étudier toutes les options",
            "ministère de l’Agriculture et de la Mer",
            "Le ministère de l’Agriculture et de la Mer",
            "indique",
        ),
        (
            "mais avec des huîtres d’ailleurs, pour une fois",
            "président",
            "son président",
            "reconnaît",
        ),
        ("Nous, on va tenir", "Pascal Dufourcq", "Pascal Dufourcq", "assure"),
        (
            "Mais certains jeunes ne passeront pas l’hiver.",
            "Pascal Dufourcq",
            "Pascal Dufourcq",
            "assure",
        ),
    ],
    ["La Nuit des Claires"],
)

article(
    "blind13-fr07",
    "fr",
    f"""Pors-Héol : des drones à la place du feu d’artifice, les artificiers montent au créneau

Le Télégramme
Publié le 02 juillet 2026 à 16h48
Modifié le 02 juillet 2026 à 18h02

Pour la première fois depuis 1964, il n’y aura pas de feu d’artifice au-dessus de la baie de Pors-Héol le 14 juillet. La municipalité a choisi de le remplacer par un spectacle de 300 drones lumineux, intitulé “Les Ailes du Large”, conçu par une société nantaise. Une décision qui fait des vagues.
« Les feux, c’est du bruit, de la fumée, des débris qui tombent dans l’eau et des chiens terrorisés. Les drones, c’est silencieux et réutilisable », justifie le maire, Loïc Trémel (divers gauche). L’édile assure que le coût est « à peu près équivalent », autour de 38 000 euros.
L’artificier historique de la commune ne décolère pas. Gaëtan Le Bihan, dont l’entreprise familiale tire depuis trois générations le bouquet final de Pors-Héol, parle d’une «trahison». «J’ai appris la nouvelle par le bulletin municipal. Pas un coup de fil, rien», lâche-t-il. Et d’ajouter : «Un drone, ça ne fait pas vibrer la poitrine.»
Lire aussi : Drones, lasers, feux : ce que prévoient les communes du Finistère pour le 14-Juillet
Le Syndicat des artificiers de l’Ouest parle d’« effet de mode » et avance ses propres chiffres. « Nos produits sont désormais sans perchlorate, et les débris sont biodégradables à plus de 90 % », affirme sa secrétaire générale, Morgane Quéré.
Sur le quai, les avis sont partagés. « Les drones, c’est joli, mais on dirait un écran de télé géant », regrette Yvette, 78 ans, qui n’a « jamais raté un seul 14-Juillet ». Son voisin, Erwan, plaisancier, applaudit au contraire : « Mon chien passe la nuit sous le lit à chaque fois. Cette année, il verra le spectacle avec moi ! »
Une pétition, « Rendez-nous nos feux », a recueilli 1 400 signatures en dix jours. L’opposition municipale demande un référendum local. « Le maire décide seul, comme d’habitude. Une tradition de soixante ans mérite mieux qu’un vote en catimini », estime sa cheffe de file, Sandrine Morvézen.
Loïc Trémel ne ferme pas la porte : «{NNB}Si les habitants n’aiment pas, on en reparlera pour 2027. Je ne suis pas dogmatique.{NNB}» Le spectacle sera tiré depuis la digue à 23 heures ; la circulation sera interdite sur le front de mer à partir de 21 heures.
Partager · Commenter (47) · Signaler une erreur""",
    [
        (
            "Les feux, c’est du bruit, de la fumée, des débris qui tombent dans l’eau et des chiens terrorisés. Les drones, c’est silencieux et réutilisable",
            "Loïc Trémel",
            ("le maire, Loïc Trémel", "Loïc Trémel"),
            "justifie",
        ),
        ("à peu près équivalent", "Loïc Trémel", "L’édile", "assure"),
        ("trahison", "Gaëtan Le Bihan", "Gaëtan Le Bihan", "parle"),
        (
            "J’ai appris la nouvelle par le bulletin municipal. Pas un coup de fil, rien",
            "Gaëtan Le Bihan",
            ("lâche-t-il", "il"),
            "lâche-t-il",
        ),
        ("Un drone, ça ne fait pas vibrer la poitrine.", "Gaëtan Le Bihan", None, "d’ajouter"),
        (
            "effet de mode",
            "Syndicat des artificiers de l’Ouest",
            "Le Syndicat des artificiers de l’Ouest",
            "parle",
        ),
        (
            "Nos produits sont désormais sans perchlorate, et les débris sont biodégradables à plus de 90 %",
            "Morgane Quéré",
            "Morgane Quéré",
            "affirme",
        ),
        (
            "Les drones, c’est joli, mais on dirait un écran de télé géant",
            "Yvette",
            "Yvette",
            "regrette",
        ),
        ("jamais raté un seul 14-Juillet", "Yvette", ("qui n’a", "qui"), None),
        (
            "Mon chien passe la nuit sous le lit à chaque fois. Cette année, il verra le spectacle avec moi !",
            "Erwan",
            "Erwan",
            "applaudit",
        ),
        (
            "Le maire décide seul, comme d’habitude. Une tradition de soixante ans mérite mieux qu’un vote en catimini",
            "Sandrine Morvézen",
            "Sandrine Morvézen",
            "estime",
        ),
        (
            "Si les habitants n’aiment pas, on en reparlera pour 2027. Je ne suis pas dogmatique.",
            "Loïc Trémel",
            ("Loïc Trémel ne ferme", "Loïc Trémel"),
            None,
        ),
    ],
    ["Les Ailes du Large", "Rendez-nous nos feux"],
)

article(
    "blind13-fr08",
    "fr",
    f"""Meuse : 2,3 tonnes d’obus découvertes sous un champ de colza, un village évacué pour la journée

L’Est Républicain
Par Romain Thiéblemont - Aujourd’hui à 12:04 - Temps de lecture : 3 min

Les 212 habitants de Vaucourt-sur-Orne ont dû quitter leur domicile ce mercredi dès 7 heures. La veille, un agriculteur avait mis au jour, en creusant une tranchée de drainage, un dépôt de munitions de la Première Guerre mondiale d’une ampleur «{NB}rarement vue depuis vingt ans{NB}», selon la préfecture de la Meuse.
«{NB}J’ai senti la pelle taper sur quelque chose de dur. J’ai cru que c’était une pierre, et puis j’en ai vu un deuxième, puis dix{NB}», raconte Didier Hanriot, 61 ans. L’exploitant, qui cultive ces terres depuis 1989, a immédiatement appelé la gendarmerie. «{NB}Ici, on a l’habitude d’en trouver un ou deux par an. Mais là, c’était un arsenal.{NB}»
Les démineurs du centre de déminage de Metz ont dénombré plus de 400 obus, dont une trentaine d’obus chimiques, reconnaissables à leur marquage. «{NB}Ceux-là, on ne les touche pas à la légère, explique le chef d’équipe, l’adjudant-chef Stéphane Kowalczyk. Certains contiennent encore de l’ypérite, cent dix ans après.{NB}»
Publicité
La maire, Françoise Didelot, a passé la journée au gymnase de la commune voisine, où une cellule d’accueil avait été ouverte. «{NB}Les gens ont été formidables. Personne n’a râlé, ou presque{NB}», sourit-elle. Elle confie toutefois avoir reçu «{NB}quelques appels inquiets{NB}» de parents dont les enfants fréquentent l’école, située à 800 mètres du champ.
Selon un gendarme présent sur place, l’opération s’est déroulée «{NB}sans le moindre incident{NB}». Les munitions conventionnelles seront détruites lors d’un pétardement au camp militaire de Sept-Fonds ; les obus chimiques, eux, seront acheminés vers un site spécialisé.
Lire aussi : Meuse : les munitions oubliées de la Grande Guerre, un fardeau sans fin
L’historien Marc Ferrandon, auteur de «{NB}La Terre qui brûle encore{NB}» (éditions du Quartier), n’est pas surpris. «{NB}Ce secteur était à l’arrière immédiat du front en 1916. Les dépôts étaient enterrés à la hâte, et personne n’a pris de notes{NB}», rappelle-t-il. Pour lui, il faudra «{NB}encore plusieurs siècles{NB}» pour que les sols soient entièrement débarrassés.
Les habitants ont pu regagner leurs maisons vers 18 heures. «{NB}On va dormir, et demain on retourne travailler{NB}», a lancé Didier Hanriot en fin d’après-midi, avant de reprendre le volant de son tracteur.
Recevez notre newsletter Meuse : toute l’actualité de votre département, chaque matin.""",
    [
        (
            "rarement vue depuis vingt ans",
            "préfecture de la Meuse",
            "la préfecture de la Meuse",
            "selon",
        ),
        (
            "J’ai senti la pelle taper sur quelque chose de dur. J’ai cru que c’était une pierre, et puis j’en ai vu un deuxième, puis dix",
            "Didier Hanriot",
            "Didier Hanriot",
            "raconte",
        ),
        (
            "Ici, on a l’habitude d’en trouver un ou deux par an. Mais là, c’était un arsenal.",
            "Didier Hanriot",
            "L’exploitant",
            None,
        ),
        (
            "Ceux-là, on ne les touche pas à la légère",
            "Stéphane Kowalczyk",
            ("l’adjudant-chef Stéphane Kowalczyk", "Stéphane Kowalczyk"),
            "explique",
        ),
        (
            "Certains contiennent encore de l’ypérite, cent dix ans après.",
            "Stéphane Kowalczyk",
            ("l’adjudant-chef Stéphane Kowalczyk", "Stéphane Kowalczyk"),
            "explique",
        ),
        (
            "Les gens ont été formidables. Personne n’a râlé, ou presque",
            "Françoise Didelot",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        ("quelques appels inquiets", "Françoise Didelot", ("Elle confie", "Elle"), "confie"),
        ("sans le moindre incident", "gendarme", "un gendarme présent sur place", "Selon"),
        (
            "Ce secteur était à l’arrière immédiat du front en 1916. Les dépôts étaient enterrés à la hâte, et personne n’a pris de notes",
            "Marc Ferrandon",
            ("rappelle-t-il", "il"),
            "rappelle-t-il",
        ),
        ("encore plusieurs siècles", "Marc Ferrandon", ("Pour lui", "lui"), "Pour"),
        (
            "On va dormir, et demain on retourne travailler",
            "Didier Hanriot",
            "Didier Hanriot",
            "a lancé",
        ),
    ],
    ["La Terre qui brûle encore"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind13_fr.jsonl"), WORDS_RANGE)
