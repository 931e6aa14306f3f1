# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind38_fr.jsonl: a thirty-eighth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a village fête cancelled after its
committee resigns (La Dépêche du Midi, village life: NBSP padding, a headline quote with a
role-noun cue, an interrupted quote, the gendarmerie's advice quoted through "selon", an
unnamed resident, a banner in marks), a Gruyère désalpe called off for a cattle disease (La
Gruyère, Swiss alpine farming: unpadded « », a dek quote, a cantonal office with a short name
in brackets speaking by communiqué, a two-paragraph testimony, a follow-on quote without a cue,
an event name and a cow's nickname in marks), a ban on small-mesh nets on the Congo river (Les
Dépêches de Brazzaville, fisheries: plain-spaced marks, a ministry's communiqué, a union with a
short name in brackets, an unnamed fishmonger, a programme title), dying pearl oysters in a
Tuamotu lagoon (Polynésie la 1ère, overseas aquaculture: a headline quote without a cue, the
tāvana by role noun, a directorate's report quoted, a Tahitian term in marks, an interrupted
quote with a pronoun cue), shopkeepers against a bus-lane building site in Seraing (La Meuse,
Belgian local politics: plain-spaced marks, the bourgmestre and an échevin by title, a Facebook
post quoted, an anonymous shopkeeper, a campaign name), a Nantes bar closed by prefectoral
order (Presse Océan, nightlife and public order: NNBSP padding, the arrêté quoted, "Me X", the
manager by role noun, a neighbourhood nickname in marks, a follow-on quote), a worker
cooperative taking over a biscuit factory (Alternatives économiques, social economy: “ ” marks
nested inside « », a book title, a bank's letter, a dek partial quote with "selon") and a
francophone daycare waiting list in Whitehorse (L'Aurore boréale, Canadian francophone
minorities: a ministry answering by courriel, a parents' association with a short name in
brackets, a report title, a two-paragraph testimony, a headline quote with "dit"). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py; unnamed
people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind38_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind38-fr01",
    "fr",
    f"""Saint-Aurel-de-Lomagne : «{NB}On a jeté l’éponge{NB}», explique le président du comité des fêtes

Publié le 21/07/2025 à 06:45 , mis à jour à 09:12
Tarn-et-Garonne

Pour la première fois depuis 1947, il n’y aura pas de fête votive à Saint-Aurel-de-Lomagne. Le comité des fêtes a démissionné en bloc, lundi soir, à moins de trois semaines du bal du 15 août. En cause, la hausse du coût de l’assurance et des obligations de sécurité que le comité juge «{NB}impossibles à tenir{NB}» pour une association de douze bénévoles.
«{NB}On a jeté l’éponge. Entre les barrières anti-bélier, les agents de sécurité et la prime d’assurance qui a triplé, il nous manquait 9{NB}000 euros{NB}», explique Didier Castagné, président du comité depuis onze ans. Le jeune retraité ne cache pas son amertume. «{NB}On nous demande les mêmes garanties qu’à un festival de vingt mille personnes. Ici, on fait trois cents entrées le samedi.{NB}»
Le maire, Jean-Pierre Lafforgue, dit comprendre la décision. «{NB}La commune a proposé de prendre en charge les barrières, a-t-il précisé, mais on ne peut pas payer des vigiles avec un budget de 400{NB}000 euros.{NB}» Il espère relancer la fête en 2026 «{NB}sous une autre forme, peut-être en journée{NB}».
Selon la gendarmerie de Beaumont-de-Lomagne, les consignes n’ont pourtant pas changé depuis l’an dernier. Les organisateurs de manifestations sont seulement invités à «{NB}évaluer le risque au regard de la fréquentation{NB}», précise la brigade, qui rappelle que les barrières ne sont «{NB}pas une obligation légale{NB}» pour un événement de cette taille.
Le foirail de Saint-Aurel, où se tenait chaque année le bal. Photo DDM, Nathalie Sabathé
Sur la place du village, la nouvelle a fait l’effet d’une douche froide. «{NB}C’était le seul moment de l’année où tout le monde se retrouvait, les anciens comme les jeunes partis à Toulouse{NB}», regrette une habitante, croisée devant la boulangerie. Sur la grille de la salle des fêtes, quelqu’un a déjà accroché une pancarte «{NB}Rendez-nous notre fête{NB}».
Lire aussi : Lomagne : les bandas cherchent des musiciens pour l’été
La présidente du comité départemental des fêtes, Sylvie Daubèze, parle d’un phénomène «{NB}qui touche tout le département{NB}». Elle cite au moins quatre villages qui ont réduit leur programme cette année. «{NB}Les bénévoles vieillissent, les normes s’empilent, et les jeunes ne prennent pas le relais. Si on ne simplifie pas, les fêtes de village vont disparaître{NB}», a-t-elle averti.
Didier Castagné, lui, n’exclut pas de revenir. «{NB}Qu’on nous aide vraiment, et je repars demain.{NB}»
Partager cet article : Facebook Twitter Mail""",
    [
        ("On a jeté l’éponge", "Didier Castagné", "le président du comité des fêtes", "explique"),
        (
            "impossibles à tenir",
            "comité des fêtes",
            "le comité",
            "juge",
        ),
        (
            f"On a jeté l’éponge. Entre les barrières anti-bélier, les agents de sécurité et la prime d’assurance qui a triplé, il nous manquait 9{NB}000 euros",
            "Didier Castagné",
            "Didier Castagné",
            "explique",
        ),
        (
            "On nous demande les mêmes garanties qu’à un festival de vingt mille personnes. Ici, on fait trois cents entrées le samedi.",
            "Didier Castagné",
            None,
            None,
        ),
        (
            "La commune a proposé de prendre en charge les barrières",
            "Jean-Pierre Lafforgue",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            f"mais on ne peut pas payer des vigiles avec un budget de 400{NB}000 euros.",
            "Jean-Pierre Lafforgue",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "sous une autre forme, peut-être en journée",
            "Jean-Pierre Lafforgue",
            ("Il espère", "Il"),
            "espère",
        ),
        (
            "évaluer le risque au regard de la fréquentation",
            "gendarmerie de Beaumont-de-Lomagne",
            "la brigade",
            "précise",
        ),
        (
            "pas une obligation légale",
            "gendarmerie de Beaumont-de-Lomagne",
            "la brigade",
            "rappelle",
        ),
        (
            "C’était le seul moment de l’année où tout le monde se retrouvait, les anciens comme les jeunes partis à Toulouse",
            "habitante",
            "une habitante",
            "regrette",
        ),
        ("qui touche tout le département", "Sylvie Daubèze", "Sylvie Daubèze", "parle"),
        (
            "Les bénévoles vieillissent, les normes s’empilent, et les jeunes ne prennent pas le relais. Si on ne simplifie pas, les fêtes de village vont disparaître",
            "Sylvie Daubèze",
            ("a-t-elle averti", "elle"),
            "a-t-elle averti",
        ),
        (
            "Qu’on nous aide vraiment, et je repars demain.",
            "Didier Castagné",
            "Didier Castagné",
            None,
        ),
    ],
    ["Rendez-nous notre fête"],
)

article(
    "blind38-fr02",
    "fr",
    """Pas de désalpe à Cerniat-les-Praz cette année

Le troupeau des Vanils rentrera en bétaillère. «C’est un crève-cœur», confie l’armailli Pascal Jaquet-Remy.

Par Aline Sudan | 12.09.2025

Il n’y aura ni cloches, ni fleurs, ni cortège dans la rue principale de Cerniat-les-Praz le 27 septembre. Le comité d’organisation de la «Désalpe des Vanils» a annoncé mercredi l’annulation de la manifestation, qui attire chaque automne près de 8000 visiteurs. La raison: les restrictions de mouvements de bétail décidées par le canton après la découverte de cas de fièvre des pâturages dans deux exploitations de la Haute-Sarine.
Dans un communiqué, l’Office cantonal des affaires vétérinaires (OCAV) explique que «tout rassemblement de bovins provenant d’exploitations différentes est interdit jusqu’à nouvel avis». Les animaux devront regagner la plaine «directement et par transport», précise l’office, qui promet de réévaluer la situation «d’ici à la mi-octobre».
Pascal Jaquet-Remy, armailli au chalet des Vanils depuis vingt-deux étés, n’a pas digéré la nouvelle. «C’est un crève-cœur. On prépare les couronnes pendant des semaines, les gamins du village viennent nous aider à coudre les fleurs en papier. Cette année, les bêtes vont descendre dans un camion, comme des marchandises.
«Je comprends la prudence, hein. Mais personne n’est venu nous expliquer pourquoi on ne pouvait pas au moins descendre à pied, sans public.»
Son troupeau de 64 vaches, dont la célèbre «Bellone», meneuse du cortège depuis six ans, est sain, assure-t-il: «On a fait tous les contrôles. Rien.»
Le syndic de Cerniat-les-Praz, Hubert Overney, se montre plus mesuré. «La santé du bétail passe avant le folklore. Si une seule exploitation devait être touchée à cause de la fête, personne ne nous le pardonnerait», estime-t-il. La commune renonce aussi au marché artisanal prévu le même jour.
Le chalet des Vanils, à 1560 mètres d’altitude. Photo Chloé Lambert
Pour les commerçants, le manque à gagner est réel. La fromagerie du village réalise d’ordinaire un cinquième de son chiffre d’automne ce jour-là. «On vendra le vacherin autrement», sourit sa gérante, Martine Rossier-Bapst, qui prévoit des portes ouvertes en novembre.
Du côté de la Fédération fribourgeoise des éleveurs, on parle d’une mesure «proportionnée». Son président, Laurent Pittet, rappelle que la maladie «ne présente aucun danger pour l’humain», mais qu’elle peut «décimer un troupeau en quelques semaines».
L’OCAV recommande aux détenteurs de bétail de signaler tout symptôme suspect à leur vétérinaire. La désalpe de Charmey-Dessous, prévue le 4 octobre, est pour l’heure maintenue.
Pascal Jaquet-Remy, lui, a déjà fixé son rendez-vous. «L’an prochain, on descendra avec deux fois plus de fleurs.»
Partager | Imprimer | Réagir""",
    [
        ("C’est un crève-cœur", "Pascal Jaquet-Remy", "Pascal Jaquet-Remy", "confie"),
        (
            "tout rassemblement de bovins provenant d’exploitations différentes est interdit jusqu’à nouvel avis",
            "Office cantonal des affaires vétérinaires",
            "l’Office cantonal des affaires vétérinaires",
            "explique",
        ),
        (
            "directement et par transport",
            "Office cantonal des affaires vétérinaires",
            "l’office",
            "précise",
        ),
        (
            "d’ici à la mi-octobre",
            "Office cantonal des affaires vétérinaires",
            ("qui promet", "qui"),
            "promet",
        ),
        (
            "C’est un crève-cœur. On prépare les couronnes pendant des semaines, les gamins du village viennent nous aider à coudre les fleurs en papier. Cette année, les bêtes vont descendre dans un camion, comme des marchandises.",
            "Pascal Jaquet-Remy",
            "Pascal Jaquet-Remy",
            None,
        ),
        (
            "Je comprends la prudence, hein. Mais personne n’est venu nous expliquer pourquoi on ne pouvait pas au moins descendre à pied, sans public.",
            "Pascal Jaquet-Remy",
            "Pascal Jaquet-Remy",
            None,
        ),
        (
            "On a fait tous les contrôles. Rien.",
            "Pascal Jaquet-Remy",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "La santé du bétail passe avant le folklore. Si une seule exploitation devait être touchée à cause de la fête, personne ne nous le pardonnerait",
            "Hubert Overney",
            ("estime-t-il", "il"),
            "estime",
        ),
        ("On vendra le vacherin autrement", "Martine Rossier-Bapst", "sa gérante", "sourit"),
        (
            "proportionnée",
            "Fédération fribourgeoise des éleveurs",
            "la Fédération fribourgeoise des éleveurs",
            "parle",
        ),
        ("ne présente aucun danger pour l’humain", "Laurent Pittet", "Laurent Pittet", "rappelle"),
        (
            "décimer un troupeau en quelques semaines",
            "Laurent Pittet",
            "Laurent Pittet",
            "rappelle",
        ),
        (
            "L’an prochain, on descendra avec deux fois plus de fleurs.",
            "Pascal Jaquet-Remy",
            "Pascal Jaquet-Remy",
            None,
        ),
    ],
    ["Désalpe des Vanils", "Bellone"],
)

article(
    "blind38-fr03",
    "fr",
    """Pêche continentale : les filets à petites mailles interdits sur le fleuve à partir du 1er novembre

Lundi 6 octobre 2025 - 18:20
Fabrice Ngoma-Louzolo

Le ministère de la Pêche et de l’Aquaculture a rendu publique, le 3 octobre, une note interdisant l’usage des filets dont les mailles sont inférieures à 35 millimètres sur le fleuve Congo et ses affluents, dans les départements du Pool et des Plateaux. La mesure entre en vigueur le 1er novembre et s’accompagne d’une campagne de sensibilisation baptisée « Fleuve vivant, assiettes pleines ».
Dans son communiqué, le ministère justifie sa décision par « l’effondrement constaté des captures de capitaines et de tilapias adultes » au cours des cinq dernières années. « Les petites mailles capturent les alevins avant qu’ils n’aient pu se reproduire. Sans reproduction, il n’y aura bientôt plus de pêche du tout », souligne le texte.
Les contrevenants s’exposent à la saisie de leur matériel et à une amende pouvant atteindre 150 000 FCFA.
Sur les berges de Mpila, la mesure suscite l’inquiétude. L’Union des pêcheurs artisans du fleuve (Upaf), qui revendique près de 2 000 membres, parle d’une décision « brutale et sans accompagnement ». Son secrétaire général, Prosper Mavoungou-Itoua, rappelle qu’un filet réglementaire coûte « trois à quatre fois plus cher » que ceux utilisés aujourd’hui.
« Nous ne sommes pas contre la protection du fleuve. Nous sommes les premiers à voir que le poisson diminue. Mais comment un pêcheur qui gagne 3 000 francs par jour peut-il racheter ses filets en un mois ? » interroge-t-il.
Le syndicat demande un délai d’un an et un programme d’échange des filets financé par l’État. Il a adressé un courrier en ce sens au ministre, sans réponse pour l’instant.
Au marché du Beach, les vendeuses redoutent une flambée des prix. « Si les pêcheurs ne sortent plus, c’est nous qui allons payer. Le poisson fumé est déjà à 2 500 francs le tas », s’inquiète une mareyeuse, qui vend depuis vingt ans sur le même étal.
Joint par nos soins, le directeur général de la pêche continentale, Aimé-Christian Bakala, assure que des discussions sont en cours avec les partenaires techniques. Un programme de remplacement des filets « est à l’étude », indique-t-il, sans avancer de calendrier. « L’État ne laissera pas les pêcheurs seuls. Mais on ne peut plus attendre », a ajouté M. Bakala.
Selon une étude réalisée en 2023 par des chercheurs de l’université Marien-Ngouabi, la taille moyenne des poissons débarqués sur les berges de Brazzaville a diminué de près d’un tiers en dix ans.
Le directeur général de la pêche continentale, Aimé-Christian Bakala. © Adiac
Lire aussi : Aquaculture : les étangs piscicoles de la Bouenza relancés""",
    [
        (
            "l’effondrement constaté des captures de capitaines et de tilapias adultes",
            "ministère de la Pêche et de l’Aquaculture",
            "le ministère",
            "justifie",
        ),
        (
            "Les petites mailles capturent les alevins avant qu’ils n’aient pu se reproduire. Sans reproduction, il n’y aura bientôt plus de pêche du tout",
            "ministère de la Pêche et de l’Aquaculture",
            "le texte",
            "souligne",
        ),
        (
            "brutale et sans accompagnement",
            "Union des pêcheurs artisans du fleuve",
            "L’Union des pêcheurs artisans du fleuve",
            "parle",
        ),
        (
            "trois à quatre fois plus cher",
            "Prosper Mavoungou-Itoua",
            "Prosper Mavoungou-Itoua",
            "rappelle",
        ),
        (
            "Nous ne sommes pas contre la protection du fleuve. Nous sommes les premiers à voir que le poisson diminue. Mais comment un pêcheur qui gagne 3 000 francs par jour peut-il racheter ses filets en un mois ?",
            "Prosper Mavoungou-Itoua",
            ("interroge-t-il", "il"),
            "interroge",
        ),
        (
            "Si les pêcheurs ne sortent plus, c’est nous qui allons payer. Le poisson fumé est déjà à 2 500 francs le tas",
            "mareyeuse",
            "une mareyeuse",
            "s’inquiète",
        ),
        ("est à l’étude", "Aimé-Christian Bakala", ("indique-t-il", "il"), "indique"),
        (
            "L’État ne laissera pas les pêcheurs seuls. Mais on ne peut plus attendre",
            "Aimé-Christian Bakala",
            "M. Bakala",
            "a ajouté",
        ),
    ],
    ["Fleuve vivant, assiettes pleines"],
)

article(
    "blind38-fr04",
    "fr",
    f"""Perliculture : «{NNB}Le lagon est en train de mourir{NNB}»

Publié le 18 novembre 2025 à 07h15
Par Teiva Maraetaata avec Hinano Tetuanui

À Tekaroa, dans l’archipel des Tuamotu, les perliculteurs remontent des lignes de nacres mortes depuis trois semaines. Selon les premières estimations, près de 40{NNB}% des huîtres perlières du lagon auraient péri.
«{NNB}Le lagon est en train de mourir. On ouvre les paniers et il n’y a plus que des coquilles vides{NNB}», témoigne Moana Teriitahi, qui exploite une ferme de 12 hectares sur la côte est de l’atoll. Il estime sa perte à plus de 15 millions de francs. «{NNB}Mon père a commencé ici en 1984. Jamais on n’a vu ça.{NNB}»
La Direction des ressources lagonaires (DRL) a dépêché une équipe de biologistes sur place. Dans un rapport préliminaire transmis aux professionnels, elle évoque «{NNB}un épisode de réchauffement anormal des eaux, combiné à un déficit d’oxygène dans les zones les plus confinées{NNB}». Le document recommande de «{NNB}remonter les lignes à moins de cinq mètres de profondeur{NNB}» et de suspendre toute nouvelle greffe jusqu’à la fin de l’année.
Le tāvana de Tekaroa, Tunui Hapaitahi, a demandé la reconnaissance de l’état de calamité naturelle. «{NNB}Ce n’est pas seulement une affaire d’argent, dit le tāvana. La perle fait vivre toutes les familles de l’atoll, de l’école jusqu’au magasin.{NNB}»
Des nacres mortes remontées dans le lagon de Tekaroa. © Polynésie la 1ère
Sur l’atoll, certains réclament un «{NNB}rāhui{NNB}», une interdiction traditionnelle d’exploiter une zone pour laisser la ressource se reconstituer. L’idée séduit les anciens, moins les jeunes exploitants endettés.
«{NNB}Un rāhui, oui, mais qui va payer les prêts pendant ce temps{NNB}?{NNB}» interroge Vaitea Tamarii, 31 ans, qui s’est installée il y a trois ans. «{NNB}J’ai emprunté pour les bouées, pour le bateau, pour les greffeurs. Si le lagon ferme, je ferme avec.{NNB}»
Le ministère des Ressources marines indique que des aides d’urgence seront étudiées «{NNB}au cas par cas{NNB}». Le ministre, Heimana Tauhiro, doit se rendre à Tekaroa la semaine prochaine. Il a promis, sur notre antenne, «{NNB}une réponse rapide et adaptée{NNB}».
Pour le biologiste Gaston Le Bihan-Teura, qui suit le lagon depuis quinze ans, l’épisode n’est pas une surprise. «{NNB}Les atolls fermés comme Tekaroa se réchauffent plus vite que l’océan. On l’écrit depuis 2018, a-t-il rappelé. Ce qui change, c’est la fréquence.{NNB}»
Lire aussi : Perle de Tahiti : les exportations en baisse pour la troisième année
Partager Facebook Twitter Email""",
    [
        ("Le lagon est en train de mourir", "Moana Teriitahi", None, None),
        (
            "Le lagon est en train de mourir. On ouvre les paniers et il n’y a plus que des coquilles vides",
            "Moana Teriitahi",
            "Moana Teriitahi",
            "témoigne",
        ),
        ("Mon père a commencé ici en 1984. Jamais on n’a vu ça.", "Moana Teriitahi", None, None),
        (
            "un épisode de réchauffement anormal des eaux, combiné à un déficit d’oxygène dans les zones les plus confinées",
            "Direction des ressources lagonaires",
            ("elle évoque", "elle"),
            "évoque",
        ),
        (
            "remonter les lignes à moins de cinq mètres de profondeur",
            "Direction des ressources lagonaires",
            "Le document",
            "recommande",
        ),
        (
            "Ce n’est pas seulement une affaire d’argent",
            "Tunui Hapaitahi",
            "le tāvana",
            "dit",
        ),
        (
            "La perle fait vivre toutes les familles de l’atoll, de l’école jusqu’au magasin.",
            "Tunui Hapaitahi",
            "le tāvana",
            "dit",
        ),
        (
            f"Un rāhui, oui, mais qui va payer les prêts pendant ce temps{NNB}?",
            "Vaitea Tamarii",
            "Vaitea Tamarii",
            "interroge",
        ),
        (
            "J’ai emprunté pour les bouées, pour le bateau, pour les greffeurs. Si le lagon ferme, je ferme avec.",
            "Vaitea Tamarii",
            None,
            None,
        ),
        (
            "au cas par cas",
            "ministère des Ressources marines",
            "Le ministère des Ressources marines",
            "indique",
        ),
        ("une réponse rapide et adaptée", "Heimana Tauhiro", ("Il a promis", "Il"), "a promis"),
        (
            "Les atolls fermés comme Tekaroa se réchauffent plus vite que l’océan. On l’écrit depuis 2018",
            "Gaston Le Bihan-Teura",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Ce qui change, c’est la fréquence.",
            "Gaston Le Bihan-Teura",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
    ],
    ["rāhui"],
)

article(
    "blind38-fr05",
    "fr",
    """SERAING - Chantier de la bande bus : les commerçants de la rue Cockerill-Haute à bout

Rédaction en ligne
Publié le 4/03/2025 à 11:28

Depuis janvier, la rue Cockerill-Haute ressemble à un champ de bataille. Les travaux de la future bande bus, pilotés par la Ville et la Société régionale des transports urbains liégeois (SRTUL), devaient durer quatre mois. Ils en dureront au moins huit, a reconnu lundi soir l’échevin des Travaux, Marc Delvigne, lors du conseil communal.
« On a découvert des impétrants qui ne figuraient sur aucun plan, des conduites de gaz des années cinquante. On ne pouvait pas continuer sans tout revoir », a-t-il expliqué face aux questions de l’opposition.
Une explication qui ne passe pas auprès des commerçants. Sur la page Facebook de l’association « Seraing Commerce », un message publié dimanche résume leur colère : « Huit mois de poussière, de barrières et de clients perdus. Nous demandons une indemnisation immédiate et un calendrier tenu. » Il a été partagé plus de 600 fois.
Patricia Lambotte tient une boulangerie au numéro 112 depuis 2009. « Je fais 40 % de chiffre en moins. Les gens ne savent même plus si on est ouverts. J’ai dû renvoyer mon apprenti. » Elle a mis un panneau « Ouvert pendant les travaux » sur le trottoir, sans grand effet.
Un peu plus loin, un commerçant qui préfère rester anonyme ne cache pas sa lassitude. « On nous a promis une réunion tous les quinze jours. Il y en a eu une, en janvier. Depuis, plus rien », lâche-t-il derrière son comptoir.
Le bourgmestre, Francis Ortmans, s’est voulu rassurant. Il a annoncé la création d’une prime de 2 500 euros pour les commerces « dont l’accès est directement entravé ». « Personne ne sera laissé sur le carreau, a promis le bourgmestre. Mais je ne peux pas faire disparaître des tuyaux d’un coup de baguette. »
Pour le chef de groupe de l’opposition, Kevin Sacré, la prime est « une aumône ». Il réclame un moratoire sur les amendes de stationnement dans le quartier pendant toute la durée du chantier.
Contactée, la SRTUL confirme « un décalage de calendrier lié à des contraintes techniques imprévues » et promet une signalisation renforcée des commerces dès la semaine prochaine.
Les travaux dans la rue Cockerill-Haute. - Photo News
Lire aussi : Liège : la ligne de bus 9 déviée jusqu’en juin""",
    [
        (
            "On a découvert des impétrants qui ne figuraient sur aucun plan, des conduites de gaz des années cinquante. On ne pouvait pas continuer sans tout revoir",
            "Marc Delvigne",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Huit mois de poussière, de barrières et de clients perdus. Nous demandons une indemnisation immédiate et un calendrier tenu.",
            "Seraing Commerce",
            ("« Seraing Commerce »", "Seraing Commerce"),
            "résume",
        ),
        (
            "Je fais 40 % de chiffre en moins. Les gens ne savent même plus si on est ouverts. J’ai dû renvoyer mon apprenti.",
            "Patricia Lambotte",
            "Patricia Lambotte",
            None,
        ),
        (
            "On nous a promis une réunion tous les quinze jours. Il y en a eu une, en janvier. Depuis, plus rien",
            "commerçant",
            ("lâche-t-il", "il"),
            "lâche",
        ),
        (
            "dont l’accès est directement entravé",
            "Francis Ortmans",
            ("Il a annoncé", "Il"),
            "a annoncé",
        ),
        ("Personne ne sera laissé sur le carreau", "Francis Ortmans", "le bourgmestre", "a promis"),
        (
            "Mais je ne peux pas faire disparaître des tuyaux d’un coup de baguette.",
            "Francis Ortmans",
            "le bourgmestre",
            "a promis",
        ),
        ("une aumône", "Kevin Sacré", "Kevin Sacré", "Pour"),
        (
            "un décalage de calendrier lié à des contraintes techniques imprévues",
            "Société régionale des transports urbains liégeois",
            "la SRTUL",
            "confirme",
        ),
    ],
    ["Seraing Commerce", "Ouvert pendant les travaux"],
)

article(
    "blind38-fr06",
    "fr",
    f"""Nantes. Le bar Le Quai Neuf fermé un mois par arrêté préfectoral

Après plusieurs rixes, le préfet a ordonné la fermeture administrative de l’établissement du quartier Bouffay. Le gérant dénonce une «{NNB}punition collective{NNB}».

Nantes, publié le 09/05/2025 à 17h02
Par Julien Le Goff

Le rideau est baissé depuis jeudi soir. Le Quai Neuf, un bar de nuit situé dans ce que les Nantais surnomment la «{NNB}rue de la soif{NNB}», est fermé pour trente jours sur décision du préfet de la Loire-Atlantique.
L’arrêté, daté du 7 mai, fait état de «{NNB}quatre rixes sur la voie publique impliquant des clients de l’établissement{NNB}» entre février et avril, dont l’une a conduit à l’hospitalisation d’un jeune homme. Le texte évoque également «{NNB}des nuisances sonores répétées, malgré deux avertissements{NNB}».
Le gérant, Yann Cadiou, conteste la mesure. «{NNB}On ne peut pas me tenir pour responsable de ce qui se passe à cent mètres de ma porte, à trois heures du matin. J’ai deux agents de sécurité tous les week-ends{NNB}», assure-t-il. Selon lui, la fermeture menace «{NNB}onze emplois{NNB}».
«{NNB}C’est une punition collective. Tout le quartier a un problème de sécurité, et on choisit de fermer un seul bar.{NNB}»
Son avocate, Me Claire Hamon-Dréan, a déposé un référé-suspension devant le tribunal administratif de Nantes. «{NNB}Les faits reprochés ne sont pas établis, et aucun lien direct avec la gestion du bar n’est démontré{NNB}», estime-t-elle. L’audience est prévue mardi.
Lire aussi : Bouffay : la mairie veut interdire l’alcool à emporter après 21 heures
La préfecture, de son côté, assume. «{NNB}La fermeture administrative n’est pas une sanction pénale. C’est une mesure de police destinée à prévenir de nouveaux troubles{NNB}», rappelle-t-on dans l’entourage du préfet.
Les riverains, eux, respirent. «{NNB}Pour la première fois depuis des mois, j’ai dormi une nuit complète{NNB}», confie un voisin, qui habite au-dessus d’une crêperie de la rue. Le collectif Bouffay au calme, qui avait adressé une lettre au maire en mars, salue une décision «{NNB}enfin à la hauteur{NNB}».
Le bar Le Quai Neuf, dans le quartier Bouffay. Photo PO – Franck Dubray
Réagir Partager""",
    [
        ("punition collective", "Yann Cadiou", "Le gérant", "dénonce"),
        (
            "quatre rixes sur la voie publique impliquant des clients de l’établissement",
            "préfet de la Loire-Atlantique",
            "L’arrêté",
            "fait état",
        ),
        (
            "des nuisances sonores répétées, malgré deux avertissements",
            "préfet de la Loire-Atlantique",
            "Le texte",
            "évoque",
        ),
        (
            "On ne peut pas me tenir pour responsable de ce qui se passe à cent mètres de ma porte, à trois heures du matin. J’ai deux agents de sécurité tous les week-ends",
            "Yann Cadiou",
            ("assure-t-il", "il"),
            "assure",
        ),
        ("onze emplois", "Yann Cadiou", ("Selon lui", "lui"), "Selon"),
        (
            "C’est une punition collective. Tout le quartier a un problème de sécurité, et on choisit de fermer un seul bar.",
            "Yann Cadiou",
            None,
            None,
        ),
        (
            "Les faits reprochés ne sont pas établis, et aucun lien direct avec la gestion du bar n’est démontré",
            "Claire Hamon-Dréan",
            ("estime-t-elle", "elle"),
            "estime",
        ),
        (
            "La fermeture administrative n’est pas une sanction pénale. C’est une mesure de police destinée à prévenir de nouveaux troubles",
            "préfecture de la Loire-Atlantique",
            "l’entourage du préfet",
            "rappelle",
        ),
        (
            "Pour la première fois depuis des mois, j’ai dormi une nuit complète",
            "voisin",
            "un voisin",
            "confie",
        ),
        ("enfin à la hauteur", "Bouffay au calme", "Le collectif Bouffay au calme", "salue"),
    ],
    ["rue de la soif"],
)

article(
    "blind38-fr07",
    "fr",
    """Biscuiterie Lhermitte : les salariés reprennent la main

Placée en liquidation au printemps, la biscuiterie de Mortagne-sur-Sèvre redémarre sous forme de Scop. Un pari « raisonnable », selon son nouveau directeur général, élu par ses pairs.

Par Mathilde Guérineau | 14 octobre 2025 | Lecture 5 min

Dans l’atelier, l’odeur de beurre chaud est revenue. Depuis le 1er septembre, 38 des 61 anciens salariés de la biscuiterie Lhermitte ont repris la production de galettes et de palets, dans une société coopérative et participative qu’ils détiennent à 80 %. Le tribunal de commerce de La Roche-sur-Yon a validé leur offre de reprise en juillet, face à un industriel qui ne conservait que quinze postes.
« On ne reprend pas une usine, on reprend un savoir-faire. Certaines recettes n’ont jamais été écrites, elles sont dans les mains des anciennes », résume Stéphane Boisseau, ancien chef de ligne devenu directeur général.
Comptes à la loupe
Le montage financier reste fragile. Chaque salarié a apporté en moyenne 4 000 euros, en partie grâce à ses indemnités de licenciement. La banque régionale qui complète le tour de table a posé ses conditions : dans un courrier adressé aux coopérateurs, elle exige « un retour à l’équilibre d’exploitation au plus tard à la fin de l’exercice 2027 ».
Pour Odile Chaigneau, déléguée régionale de l’Union des coopératives de production de l’Ouest, ces exigences sont « classiques ». Elle rappelle que le taux de survie des Scop à cinq ans est supérieur à celui des entreprises classiques. « Les salariés connaissent les coûts mieux que n’importe quel repreneur. Ils savent où est le gaspillage », souligne-t-elle.
Tout le monde n’a pas suivi. Parmi les ouvriers qui ont refusé d’entrer au capital, certains craignaient de perdre leurs indemnités. « J’ai vu l’usine couler une fois, je n’avais pas envie de mettre mes économies dedans », explique Nadine Roux, 58 ans, aujourd’hui en reconversion.
Un à trois
À l’assemblée générale de septembre, les coopérateurs ont voté une grille de salaires où l’écart maximal est de un à trois. Le directeur général gagne moins que l’ancien directeur commercial. « Au début, les gars me disaient : “Alors patron, tu as pris la grosse voiture ?” Maintenant ils me demandent les chiffres de la semaine », sourit M. Boisseau.
Les premières commandes sont arrivées de deux enseignes régionales. Le carnet reste toutefois mince, et la biscuiterie mise sur une gamme bio baptisée « Les Galettes d’Ernestine », lancée en novembre.
Pour l’économiste Bertrand Vallet, auteur de « Travailler sans patron », ce type de reprise reste rare : « La Scop n’est pas une solution miracle. Elle marche quand le marché existe encore et que la faillite vient de la gestion, pas du produit. »
Partager sur Mastodon LinkedIn Envoyer""",
    [
        ("raisonnable", "Stéphane Boisseau", "son nouveau directeur général", "selon"),
        (
            "On ne reprend pas une usine, on reprend un savoir-faire. Certaines recettes n’ont jamais été écrites, elles sont dans les mains des anciennes",
            "Stéphane Boisseau",
            "Stéphane Boisseau",
            "résume",
        ),
        (
            "un retour à l’équilibre d’exploitation au plus tard à la fin de l’exercice 2027",
            "banque régionale",
            ("elle exige", "elle"),
            "exige",
        ),
        ("classiques", "Odile Chaigneau", "Odile Chaigneau", "Pour"),
        (
            "Les salariés connaissent les coûts mieux que n’importe quel repreneur. Ils savent où est le gaspillage",
            "Odile Chaigneau",
            ("souligne-t-elle", "elle"),
            "souligne",
        ),
        (
            "J’ai vu l’usine couler une fois, je n’avais pas envie de mettre mes économies dedans",
            "Nadine Roux",
            "Nadine Roux",
            "explique",
        ),
        (
            "Au début, les gars me disaient : “Alors patron, tu as pris la grosse voiture ?” Maintenant ils me demandent les chiffres de la semaine",
            "Stéphane Boisseau",
            "M. Boisseau",
            "sourit",
        ),
        (
            "La Scop n’est pas une solution miracle. Elle marche quand le marché existe encore et que la faillite vient de la gestion, pas du produit.",
            "Bertrand Vallet",
            "Bertrand Vallet",
            None,
        ),
    ],
    ["Les Galettes d’Ernestine", "Travailler sans patron"],
)

article(
    "blind38-fr08",
    "fr",
    """Garderie francophone : « On inscrit nos bébés avant même leur naissance », dit une mère

Publié le 23 janvier 2025
Par Éloïse Tremblay-Kuhn

Soixante-deux enfants attendent une place à la garderie Les Petits Aurores de Whitehorse, la seule en français au Yukon. Certains y sont inscrits depuis plus de deux ans. L’Association des parents francophones du Nord (APFN) a déposé mardi une pétition à l’Assemblée législative pour réclamer l’ouverture d’un deuxième établissement.
« On inscrit nos bébés avant même leur naissance, et ça ne suffit pas », dit Julie Ouellet-Saddler, mère de deux enfants. Son fils aîné a obtenu une place à trois ans, juste avant d’entrer à la maternelle.
« Pendant deux ans, j’ai travaillé à temps partiel et mon conjoint de nuit. On se croisait dans l’entrée.
« Le pire, c’est que notre fille a fini à la garderie anglophone. Aujourd’hui, elle me répond en anglais quand je lui parle en français. »
Selon la présidente de l’APFN, Nadia Bergeron, la situation menace directement l’avenir de l’école francophone. « Un enfant qui passe ses premières années en anglais a beaucoup moins de chances de s’inscrire chez nous en maternelle. La garderie, c’est la porte d’entrée de la communauté », a-t-elle déclaré.
L’association s’appuie sur une étude qu’elle a commandée l’an dernier, intitulée « Grandir en français au Nord ». Le rapport conclut que la demande de places en français « a presque doublé en cinq ans ».
Par courriel, le ministère de l’Éducation du Yukon affirme être « conscient des besoins de la communauté francophone » et rappelle que le territoire a créé 180 nouvelles places en garderie depuis 2022. Le ministère précise qu’un appel de projets sera lancé « au printemps », sans s’engager sur une garderie en français.
La ministre, Sharon McLeod-Ashby, n’a pas accordé d’entrevue. En Chambre, elle a toutefois reconnu, en réponse à une question de l’opposition, que « la liste d’attente est inacceptable ».
La directrice des Petits Aurores, Chantal Lévesque, manque aussi de personnel. « Même avec un deuxième local, il faudrait trouver six éducatrices qualifiées qui parlent français. Ici, c’est le plus dur », explique-t-elle. Deux postes sont affichés depuis septembre.
La pétition a recueilli 1 240 signatures.
Lire aussi : Une nouvelle école secondaire francophone inaugurée à Whitehorse
Partager : Facebook Courriel Imprimer""",
    [
        (
            "On inscrit nos bébés avant même leur naissance",
            "Julie Ouellet-Saddler",
            "une mère",
            "dit",
        ),
        (
            "On inscrit nos bébés avant même leur naissance, et ça ne suffit pas",
            "Julie Ouellet-Saddler",
            "Julie Ouellet-Saddler",
            "dit",
        ),
        (
            "Pendant deux ans, j’ai travaillé à temps partiel et mon conjoint de nuit. On se croisait dans l’entrée.",
            "Julie Ouellet-Saddler",
            None,
            None,
        ),
        (
            "Le pire, c’est que notre fille a fini à la garderie anglophone. Aujourd’hui, elle me répond en anglais quand je lui parle en français.",
            "Julie Ouellet-Saddler",
            None,
            None,
        ),
        (
            "Un enfant qui passe ses premières années en anglais a beaucoup moins de chances de s’inscrire chez nous en maternelle. La garderie, c’est la porte d’entrée de la communauté",
            "Nadia Bergeron",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "a presque doublé en cinq ans",
            "Association des parents francophones du Nord",
            "Le rapport",
            "conclut",
        ),
        (
            "conscient des besoins de la communauté francophone",
            "ministère de l’Éducation du Yukon",
            "le ministère de l’Éducation du Yukon",
            "affirme",
        ),
        ("au printemps", "ministère de l’Éducation du Yukon", "Le ministère", "précise"),
        (
            "la liste d’attente est inacceptable",
            "Sharon McLeod-Ashby",
            ("elle a toutefois", "elle"),
            "a toutefois reconnu",
        ),
        (
            "Même avec un deuxième local, il faudrait trouver six éducatrices qualifiées qui parlent français. Ici, c’est le plus dur",
            "Chantal Lévesque",
            ("explique-t-elle", "elle"),
            "explique",
        ),
    ],
    ["Grandir en français au Nord"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind38_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
