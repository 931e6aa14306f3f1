# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind_fr.jsonl: a French set written blind, to estimate the held-out score honestly.

Written for depeche (CC0) by a helper who never read the extractor's code, rules, word lists
or quote tests: ten French news articles (300-700 words) on invented events, in the manner of
the French press as scraped from the web (headlines, bylines and timestamps, "Lire aussi" and
newsletter lines; « » with NBSP, NNBSP, plain spaces or no padding, “ ” and straight quotes;
curly and straight apostrophes). Same format and annotation conventions as build_dev.py and
build_holdout.py: gold speakers are the canonical name in the document (organisations by their
full name, a body given a short name in brackets by that name, a spokesperson of a body by the
body, unnamed people by the head of their role); mentions and cues are strings (or
``(context, string)`` pairs) found nearest to the quotation. Titles of works and names of
events or campaigns in marks are listed as non-quotes. Scored once, as written; do not tune
on it. Run ``python tests/data/quotes/build_blind_fr.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 700)


# Justice, regional daily: « » with plain spaces, roles and appositions, a lawyer, a bystander.
article(
    "blind-fr01",
    "fr",
    """Marchés publics truqués : deux ans de prison avec sursis requis contre l’ancien maire de Charvieu-les-Pins

Par Élodie Marchand - 14 mai 2025 à 19:42
Mis à jour le 14 mai 2025 à 21:05

Le parquet de Lyon a requis mardi deux ans d’emprisonnement avec sursis et cinq ans d’inéligibilité contre Gérard Villemin, maire de Charvieu-les-Pins (Rhône) de 2008 à 2020, jugé pour favoritisme dans l’attribution de plusieurs marchés de voirie.

À la barre, l’ancien édile, 71 ans, a maintenu la même ligne de défense depuis le premier jour d’audience. « Je n’ai jamais touché un centime. J’ai signé ce qu’on me présentait, comme tous les maires de France », a-t-il répété d’une voix sourde.

Une explication qui n’a pas convaincu la procureure, Nadia Ferhat. « Monsieur Villemin n’était pas un signataire distrait, a-t-elle lancé. Il était le chef d’orchestre. » La magistrate a décrit un système « rodé » qui aurait permis à l’entreprise d’un ami d’enfance du prévenu de remporter onze appels d’offres sur treize entre 2014 et 2019.

Selon le parquet, les cahiers des charges étaient rédigés « sur mesure » par un fonctionnaire territorial, lui aussi poursuivi. Ce dernier, Patrick Deloye, a reconnu à l’audience avoir reçu des consignes. « On me disait quelles entreprises il fallait “mettre en valeur”. Je ne me posais pas de questions, j’avais une famille à nourrir », a-t-il confié, la voix brisée.

L’avocate de la commune, partie civile, Me Claire Aubertin, a chiffré le préjudice à 1,8 million d’euros. « Pendant que ces marchés étaient surfacturés, on fermait la bibliothèque le samedi faute de moyens », a-t-elle rappelé devant le tribunal.

Lire aussi : Rhône : l’ex-directeur d’un office HLM condamné pour détournement

La défense, elle, a plaidé la relaxe. Pour Me Julien Sarrazin, conseil de M. Villemin, le dossier repose sur « des suppositions et des rancœurs locales ». « On cherche un coupable pour douze ans de gestion municipale. Mon client a eu le tort d’être trop confiant, pas d’être malhonnête », a-t-il plaidé, rappelant que l’enquête n’avait mis au jour aucun enrichissement personnel.

Dans la salle, une trentaine d’habitants avaient fait le déplacement. « Ça fait cinq ans qu’on attend ce procès. On veut juste savoir où est passé l’argent », glissait une retraitée à la suspension d’audience.

Interrogé par Le Progrès à la sortie, l’actuel maire, Sébastien Ortiz, s’est refusé à commenter les réquisitions. « La justice fait son travail. La commune, elle, a tourné la page », a-t-il simplement déclaré.

Le jugement a été mis en délibéré au 3 juillet.

Newsletter Justice : recevez chaque semaine le meilleur de nos enquêtes""",
    [
        (
            "Je n’ai jamais touché un centime. J’ai signé ce qu’on me présentait, comme tous les maires de France",
            "Gérard Villemin",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            "Monsieur Villemin n’était pas un signataire distrait",
            "Nadia Ferhat",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "Il était le chef d’orchestre.",
            "Nadia Ferhat",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("rodé", "Nadia Ferhat", "La magistrate", "a décrit"),
        ("sur mesure", "parquet de Lyon", ("Selon le parquet", "parquet"), "Selon"),
        (
            "On me disait quelles entreprises il fallait “mettre en valeur”. Je ne me posais pas de questions, j’avais une famille à nourrir",
            "Patrick Deloye",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Pendant que ces marchés étaient surfacturés, on fermait la bibliothèque le samedi faute de moyens",
            "Claire Aubertin",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        ("des suppositions et des rancœurs locales", "Julien Sarrazin", "Julien Sarrazin", "Pour"),
        (
            "On cherche un coupable pour douze ans de gestion municipale. Mon client a eu le tort d’être trop confiant, pas d’être malhonnête",
            "Julien Sarrazin",
            ("a-t-il plaidé", "il"),
            "a-t-il plaidé",
        ),
        (
            "Ça fait cinq ans qu’on attend ce procès. On veut juste savoir où est passé l’argent",
            "retraitée",
            "une retraitée",
            "glissait",
        ),
        (
            "La justice fait son travail. La commune, elle, a tourné la page",
            "Sébastien Ortiz",
            ("a-t-il simplement déclaré", "il"),
            "a-t-il simplement déclaré",
        ),
    ],
)

# Sport: « » without padding, straight quotes, a nickname-like role ("le Landais"), an event name.
article(
    "blind-fr02",
    "fr",
    """Top 14 : Bayonne arrache le nul à Clermont, Mathis Oyharçabal furieux contre l’arbitrage

Publié le 09/03/2025 à 22h17

Partager
Facebook
Twitter
E-mail

Il restait quarante secondes à jouer quand la pénalité de Lucas Etcheverry a passé les perches. Grâce à ce coup de pied, l’Aviron bayonnais a obtenu samedi un match nul (24-24) sur la pelouse du stade Marcel-Michelin, au terme d’une rencontre tendue.

Le manager bayonnais, Mathis Oyharçabal, n’avait pourtant pas le cœur à célébrer. «On nous a refusé deux essais valables. Deux! Je veux bien qu’on parle d’erreurs humaines, mais à ce niveau-là, ça devient pénible», a-t-il tempêté en conférence de presse.

Le technicien basque a également regretté l’absence de recours à la vidéo sur une action litigieuse de la 63e minute. «Tout le stade a vu l’en-avant. Tout le monde, sauf ceux qui devaient le voir.» Il a annoncé que le club saisirait la commission de l’arbitrage dès lundi.

En face, le discours était forcément différent. «L’arbitre a pris ses décisions, on les respecte», a balayé l’entraîneur clermontois, Benoît Chassagne, qui préférait pointer les maladresses de ses joueurs en fin de match.

Le deuxième-ligne auvergnat Tolu Vainikolo a, lui, reconnu une «fin de match ratée». "On mène de sept points à cinq minutes de la fin, on doit tuer le match. On a été naïfs", a-t-il lâché au micro de Canal+.

Côté basque, c’est le jeune demi d’ouverture qui a fait parler de lui. Titularisé pour la troisième fois seulement, Lucas Etcheverry, 20 ans, a inscrit 14 points. «Je n’ai pas réfléchi. Le ballon était bien placé, j’ai frappé comme à l’entraînement, sourit le Landais. Les anciens m’ont dit de rester calme, c’est ce que j’ai fait.»

Son manager n’a pas tari d’éloges à son sujet. Selon Mathis Oyharçabal, le garçon a «un sang-froid qu’on ne peut pas enseigner».

Le capitaine bayonnais, Peio Larralde, a lui aussi salué la performance de son coéquipier, avant de revenir sur le classement. «On prend deux points à l’extérieur, ce n’est pas rien. Mais si on veut jouer les phases finales, il faudra gagner à Jean-Dauger contre Toulon.»

Avant le coup d’envoi, les deux clubs avaient observé une minute d’applaudissements et lancé l’opération «Rugby pour tous», destinée aux écoles de la région.

Au classement, Bayonne reste cinquième avec 45 points, à deux longueurs de Toulon. Clermont, onzième, devra se reprendre dès samedi prochain lors du déplacement à Perpignan. "On n’a plus le droit à l’erreur", a prévenu Benoît Chassagne.

Lire aussi : Top 14 : le programme complet de la 18e journée""",
    [
        (
            "On nous a refusé deux essais valables. Deux! Je veux bien qu’on parle d’erreurs humaines, mais à ce niveau-là, ça devient pénible",
            "Mathis Oyharçabal",
            ("a-t-il tempêté", "il"),
            "a-t-il tempêté",
        ),
        (
            "Tout le stade a vu l’en-avant. Tout le monde, sauf ceux qui devaient le voir.",
            "Mathis Oyharçabal",
            "Le technicien basque",
            "a également regretté",
        ),
        (
            "L’arbitre a pris ses décisions, on les respecte",
            "Benoît Chassagne",
            ("l’entraîneur clermontois, Benoît Chassagne", "Benoît Chassagne"),
            "a balayé",
        ),
        ("fin de match ratée", "Tolu Vainikolo", "Tolu Vainikolo", "reconnu"),
        (
            "On mène de sept points à cinq minutes de la fin, on doit tuer le match. On a été naïfs",
            "Tolu Vainikolo",
            ("a-t-il lâché", "il"),
            "a-t-il lâché",
        ),
        (
            "Je n’ai pas réfléchi. Le ballon était bien placé, j’ai frappé comme à l’entraînement",
            "Lucas Etcheverry",
            "le Landais",
            "sourit",
        ),
        (
            "Les anciens m’ont dit de rester calme, c’est ce que j’ai fait.",
            "Lucas Etcheverry",
            "le Landais",
            "sourit",
        ),
        (
            "un sang-froid qu’on ne peut pas enseigner",
            "Mathis Oyharçabal",
            ("Selon Mathis Oyharçabal", "Mathis Oyharçabal"),
            "Selon",
        ),
        (
            "On prend deux points à l’extérieur, ce n’est pas rien. Mais si on veut jouer les phases finales, il faudra gagner à Jean-Dauger contre Toulon.",
            "Peio Larralde",
            "Peio Larralde",
            None,
        ),
        (
            "On n’a plus le droit à l’erreur",
            "Benoît Chassagne",
            ("a prévenu Benoît Chassagne", "Benoît Chassagne"),
            "a prévenu",
        ),
    ],
    ["Rugby pour tous"],
)

# Economy, public-radio site: NBSP padding, headline quote, a company speaking through its
# management, unions, a minister, a mayor with an interrupted quote, an anonymous worker.
article(
    "blind-fr03",
    "fr",
    f"""Fermeture de l’usine Valmont de Saint-Quentin : «{NB}un coup de massue{NB}» pour les 240 salariés

La direction du fabricant d’électroménager a confirmé jeudi l’arrêt du site picard d’ici à la fin de l’année. Les syndicats dénoncent une décision «{NB}brutale{NB}» et réclament l’intervention de l’État.

Par franceinfo avec AFP
Publié le 23/01/2025 09:31 Mis à jour le 23/01/2025 12:10
Temps de lecture : 3 min

Le couperet est tombé lors d’un comité social et économique extraordinaire convoqué jeudi matin. Le groupe Valmont, qui emploie 3 100 personnes en Europe, a annoncé la fermeture de son usine de Saint-Quentin (Aisne), spécialisée dans la fabrication de lave-vaisselle. «{NB}La chute durable des volumes et la concurrence asiatique ne nous laissent pas d’autre choix{NB}», a justifié la direction dans un communiqué, évoquant des pertes «{NB}de l’ordre de 18 millions d’euros{NB}» sur le seul site picard.

À la sortie de la réunion, le délégué CGT du site, Rachid Benhamou, peinait à contenir sa colère. «{NB}C’est un coup de massue pour 240 familles. On nous a fait travailler le samedi tout l’automne pour honorer les commandes, et maintenant on nous dit que le site n’est pas rentable{NB}», s’est-il indigné.

Pour la CFDT, la décision était «{NB}écrite d’avance{NB}». «{NB}Depuis deux ans, plus aucun investissement n’a été fait. Les machines ont vingt ans. On a laissé mourir l’usine à petit feu{NB}», affirme Sandrine Lefebvre, secrétaire du CSE, qui travaille sur le site depuis 1998.

Abonnez-vous à la newsletter Économie de franceinfo

Le ministre délégué chargé de l’Industrie, Antoine Mercadier, s’est dit «{NB}très attentif{NB}» à la situation. «{NB}J’ai demandé au groupe de présenter un plan de revitalisation à la hauteur et d’étudier sérieusement toute offre de reprise{NB}», a-t-il indiqué sur X. Selon son entourage, deux repreneurs potentiels se seraient déjà manifestés, sans que leur identité soit connue.

La maire de Saint-Quentin, Françoise Delattre, a quant à elle convoqué une réunion de crise vendredi avec les élus du territoire. «{NB}Valmont, c’est l’histoire industrielle de notre ville. Mon grand-père y a travaillé, comme des milliers de Saint-Quentinois, a-t-elle rappelé. Je ne me résignerai pas à voir ce site devenir une friche.{NB}»

L’élue a également demandé à la direction de «{NB}rembourser les aides publiques{NB}» perçues ces dernières années, soit près de 4 millions d’euros selon la région Hauts-de-France.

Les salariés ont voté la grève reconductible à partir de lundi. «{NB}On ne va pas se laisser faire. S’il faut bloquer les camions, on bloquera{NB}», prévient un ouvrier de la ligne d’assemblage, qui préfère rester anonyme.

Le groupe assure de son côté que «{NB}chaque salarié se verra proposer une solution{NB}», reclassement interne ou accompagnement au départ. Les négociations sur le plan social doivent s’ouvrir le 5 février.""",
    [
        ("un coup de massue", "Rachid Benhamou", None, None),
        ("brutale", "syndicats", "Les syndicats", "dénoncent"),
        (
            "La chute durable des volumes et la concurrence asiatique ne nous laissent pas d’autre choix",
            "Valmont",
            ("a justifié la direction", "la direction"),
            "a justifié",
        ),
        (
            "de l’ordre de 18 millions d’euros",
            "Valmont",
            ("a justifié la direction", "la direction"),
            "évoquant",
        ),
        (
            "C’est un coup de massue pour 240 familles. On nous a fait travailler le samedi tout l’automne pour honorer les commandes, et maintenant on nous dit que le site n’est pas rentable",
            "Rachid Benhamou",
            ("s’est-il indigné", "il"),
            "s’est-il indigné",
        ),
        ("écrite d’avance", "CFDT", ("Pour la CFDT", "CFDT"), "Pour"),
        (
            "Depuis deux ans, plus aucun investissement n’a été fait. Les machines ont vingt ans. On a laissé mourir l’usine à petit feu",
            "Sandrine Lefebvre",
            "Sandrine Lefebvre",
            "affirme",
        ),
        ("très attentif", "Antoine Mercadier", "Antoine Mercadier", "s’est dit"),
        (
            "J’ai demandé au groupe de présenter un plan de revitalisation à la hauteur et d’étudier sérieusement toute offre de reprise",
            "Antoine Mercadier",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "Valmont, c’est l’histoire industrielle de notre ville. Mon grand-père y a travaillé, comme des milliers de Saint-Quentinois",
            "Françoise Delattre",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "Je ne me résignerai pas à voir ce site devenir une friche.",
            "Françoise Delattre",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        ("rembourser les aides publiques", "Françoise Delattre", "L’élue", "a également demandé"),
        (
            "On ne va pas se laisser faire. S’il faut bloquer les camions, on bloquera",
            "ouvrier",
            "un ouvrier",
            "prévient",
        ),
        ("chaque salarié se verra proposer une solution", "Valmont", "Le groupe", "assure"),
    ],
)

# International, AFP dispatch: “ ” marks, a minister (woman), a company referred to as "elle",
# a union leader speaking to the AFP, a relative with a follow-on quote, interrupted quote.
article(
    "blind-fr04",
    "fr",
    """Chili : course contre la montre pour sauver sept mineurs bloqués à 400 mètres sous terre

SANTIAGO, 12 septembre 2025 (AFP) - Les secours chiliens poursuivaient vendredi leurs efforts pour atteindre sept mineurs bloqués depuis mercredi dans une mine de cuivre du nord du pays, après l’effondrement d’une galerie, ont annoncé les autorités.

“Nous avons établi un contact sonore avec le groupe jeudi soir. Nous savons qu’au moins cinq d’entre eux sont en vie”, a déclaré la ministre des Mines, Carolina Fuentes, lors d’un point de presse à Copiapó, la capitale régionale.

Selon elle, les hommes disposent de réserves d’eau et d’oxygène “suffisantes pour tenir encore trois jours”. “Chaque heure compte. Nous travaillons jour et nuit”, a-t-elle insisté.

La mine San Lorenzo, exploitée par la société Minera Atacama Norte, emploie environ 300 personnes. Dans un communiqué, l’entreprise a exprimé sa “profonde préoccupation” et assuré coopérer “pleinement” avec les autorités. Elle a démenti toute négligence : “Les installations avaient été inspectées en juillet et aucune anomalie n’avait été relevée.”

Une version contestée par le syndicat des travailleurs de la mine. “Nous avions signalé des fissures dans cette galerie il y a plus d’un mois. Personne ne nous a écoutés”, a affirmé à l’AFP son président, Hernán Castillo.

Devant l’entrée du site, des dizaines de proches campent depuis deux jours sous des bâches de fortune. “Mon fils a 23 ans. C’était sa deuxième semaine au fond”, raconte María Ríos, les yeux rougis. “On nous dit d’être patients. Mais comment être patiente quand on ne sait rien?”

Le chef de l’Etat, Tomás Aravena, s’est rendu sur place vendredi matin. “L’Etat mettra tous les moyens nécessaires. Nous ne partirons pas d’ici sans eux”, a-t-il promis devant les familles, avant de qualifier l’accident de “tragédie nationale”.

Les sauveteurs ont commencé à forer un puits de secours de 30 centimètres de diamètre, une opération qui pourrait prendre “entre quatre et six jours”, selon l’ingénieur en chef des opérations, Rodrigo Salinas. “La roche est très dure à cette profondeur, a-t-il expliqué. Nous avançons d’environ 60 mètres par jour, moins que ce que nous espérions.”

Des foreuses supplémentaires doivent arriver samedi d’Antofagasta, à quelque 500 kilomètres au nord, par convoi routier escorté par la police.

En 2010, l’effondrement de la mine San José, près de Copiapó, avait piégé 33 mineurs pendant 69 jours, avant un sauvetage suivi en direct par des millions de téléspectateurs dans le monde.

mpr/jb/ag
© Agence France-Presse""",
    [
        (
            "Nous avons établi un contact sonore avec le groupe jeudi soir. Nous savons qu’au moins cinq d’entre eux sont en vie",
            "Carolina Fuentes",
            "Carolina Fuentes",
            "a déclaré",
        ),
        (
            "suffisantes pour tenir encore trois jours",
            "Carolina Fuentes",
            ("Selon elle", "elle"),
            "Selon",
        ),
        (
            "Chaque heure compte. Nous travaillons jour et nuit",
            "Carolina Fuentes",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        ("profonde préoccupation", "Minera Atacama Norte", "l’entreprise", "a exprimé"),
        ("pleinement", "Minera Atacama Norte", "l’entreprise", "assuré"),
        (
            "Les installations avaient été inspectées en juillet et aucune anomalie n’avait été relevée.",
            "Minera Atacama Norte",
            ("Elle a démenti", "Elle"),
            "a démenti",
        ),
        (
            "Nous avions signalé des fissures dans cette galerie il y a plus d’un mois. Personne ne nous a écoutés",
            "Hernán Castillo",
            "Hernán Castillo",
            "a affirmé",
        ),
        (
            "Mon fils a 23 ans. C’était sa deuxième semaine au fond",
            "María Ríos",
            "María Ríos",
            "raconte",
        ),
        (
            "On nous dit d’être patients. Mais comment être patiente quand on ne sait rien?",
            "María Ríos",
            None,
            None,
        ),
        (
            "L’Etat mettra tous les moyens nécessaires. Nous ne partirons pas d’ici sans eux",
            "Tomás Aravena",
            ("a-t-il promis", "il"),
            "a-t-il promis",
        ),
        ("tragédie nationale", "Tomás Aravena", ("a-t-il promis", "il"), "qualifier"),
        ("entre quatre et six jours", "Rodrigo Salinas", "Rodrigo Salinas", "selon"),
        (
            "La roche est très dure à cette profondeur",
            "Rodrigo Salinas",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Nous avançons d’environ 60 mètres par jour, moins que ce que nous espérions.",
            "Rodrigo Salinas",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
    ],
)

# Culture, national daily: NNBSP padding, film titles in marks, a woman director, a jury
# president called "le réalisateur allemand", a second "réalisateur" later.
article(
    "blind-fr05",
    "fr",
    f"""Festival de La Rochelle : «{NNB}La Nuit des goélands{NNB}», premier film de Léa Vasseur, rafle le Grand Prix

Le jury, présidé par le cinéaste Bruno Kessler, a récompensé samedi ce huis clos familial tourné en Charente-Maritime. La réalisatrice, 31 ans, a dédié son prix «{NNB}à toutes les femmes qui n’osent pas encore{NNB}».

Par Mathilde Roux
Publié aujourd’hui à 08h14, modifié à 10h02
Article réservé aux abonnés

Il y a un an, personne ne connaissait son nom. Samedi soir, sur la scène du théâtre de La Coursive, Léa Vasseur a reçu le Grand Prix du Festival international du film de La Rochelle pour La Nuit des goélands, son premier long-métrage. Visiblement émue, la jeune femme a d’abord remercié sa mère, «{NNB}qui a tout lu, tout relu, et qui n’a jamais dit non{NNB}».

«{NNB}Ce film parle de silence, de ce qu’on ne se dit pas à table, a-t-elle expliqué au public. J’ai grandi dans une famille où l’on parlait beaucoup pour ne rien dire. Je voulais filmer ce qu’il y a entre les mots.{NNB}»

Le président du jury, Bruno Kessler, a salué «{NNB}une maîtrise rare pour un premier film{NNB}». «{NNB}Nous avons été unanimes. Il y a dans ce film une tension qui ne retombe jamais, et des acteurs dirigés avec une précision d’horloger{NNB}», a déclaré le réalisateur allemand lors de la cérémonie de clôture.

Le prix d’interprétation féminine est revenu à Inès Mabrouk, bouleversante dans le rôle d’une sœur aînée qui tient la maison à bout de bras. La comédienne, révélée au théâtre dans «{NNB}Les Bonnes{NNB}» de Jean Genet, n’a pas caché sa surprise : «{NNB}Je ne m’y attendais pas du tout. Je n’avais même pas préparé de discours, alors je vais faire court : merci Léa.{NNB}»

Lire aussi | Cinéma : les premiers films, grands gagnants des festivals de l’été

Dans un palmarès resserré, le Prix du public a été attribué au documentaire «{NNB}Les Derniers Bergers du Larzac{NNB}», de Paul Nguyen. Le réalisateur, qui a suivi pendant trois ans une famille d’éleveurs, s’est dit «{NNB}stupéfait{NNB}» de l’accueil réservé à son film. «{NNB}Je pensais faire un film pour trente personnes. On a rempli la salle six fois{NNB}», s’amuse-t-il.

La déléguée générale du festival, Sophie Carrère, se félicite d’une édition record, avec 92 000 entrées, en hausse de 8 %, portée notamment par les projections en plein air du cycle «{NNB}Cinéma sous les étoiles{NNB}». «{NNB}Le public jeune est revenu. C’était notre pari, et il est gagné{NNB}», affirme-t-elle. Elle s’inquiète néanmoins de la baisse des subventions régionales, qualifiant la coupe de 150 000 euros annoncée au printemps de «{NNB}mauvais signal envoyé à toute la filière{NNB}».

La Nuit des goélands sortira en salle le 22 octobre.""",
    [
        ("à toutes les femmes qui n’osent pas encore", "Léa Vasseur", "La réalisatrice", "a dédié"),
        (
            "qui a tout lu, tout relu, et qui n’a jamais dit non",
            "Léa Vasseur",
            "la jeune femme",
            "a d’abord remercié",
        ),
        (
            "Ce film parle de silence, de ce qu’on ne se dit pas à table",
            "Léa Vasseur",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            "J’ai grandi dans une famille où l’on parlait beaucoup pour ne rien dire. Je voulais filmer ce qu’il y a entre les mots.",
            "Léa Vasseur",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        ("une maîtrise rare pour un premier film", "Bruno Kessler", "Bruno Kessler", "a salué"),
        (
            "Nous avons été unanimes. Il y a dans ce film une tension qui ne retombe jamais, et des acteurs dirigés avec une précision d’horloger",
            "Bruno Kessler",
            "le réalisateur allemand",
            "a déclaré",
        ),
        (
            "Je ne m’y attendais pas du tout. Je n’avais même pas préparé de discours, alors je vais faire court : merci Léa.",
            "Inès Mabrouk",
            "La comédienne",
            None,
        ),
        ("stupéfait", "Paul Nguyen", ("Le réalisateur, qui", "Le réalisateur"), "s’est dit"),
        (
            "Je pensais faire un film pour trente personnes. On a rempli la salle six fois",
            "Paul Nguyen",
            ("s’amuse-t-il", "il"),
            "s’amuse-t-il",
        ),
        (
            "Le public jeune est revenu. C’était notre pari, et il est gagné",
            "Sophie Carrère",
            ("affirme-t-elle", "elle"),
            "affirme-t-elle",
        ),
        (
            "mauvais signal envoyé à toute la filière",
            "Sophie Carrère",
            ("Elle s’inquiète", "Elle"),
            "qualifiant",
        ),
    ],
    [
        "La Nuit des goélands",
        "Les Bonnes",
        "Les Derniers Bergers du Larzac",
        "Cinéma sous les étoiles",
    ],
)

# Faits divers, regional site: straight double quotes and ' apostrophes, a fire officer, an
# unnamed neighbour, a first name only, a prosecutor then "le magistrat", a landlord body.
article(
    "blind-fr06",
    "fr",
    """Saint-Étienne : un incendie dans un immeuble fait un mort et douze blessés, une enquête ouverte

Mis à jour le 18/02/2025 à 07:55
Par la rédaction avec France Bleu Saint-Étienne Loire

Un homme de 64 ans a perdu la vie et douze personnes ont été blessées, dont deux grièvement, dans l'incendie d'un immeuble de cinq étages du quartier de Montreynaud, dans la nuit de lundi à mardi. Le feu s'est déclaré vers 2 h 30 dans une cave avant de se propager par la cage d'escalier.

"Quand nous sommes arrivés, les fumées avaient déjà envahi les étages supérieurs. Plusieurs habitants étaient aux fenêtres et appelaient à l'aide", a indiqué le commandant Yannick Perret, du service départemental d'incendie et de secours (SDIS) de la Loire. Une soixantaine de sapeurs-pompiers ont été mobilisés. Vingt-trois personnes ont été évacuées par les échelles.

La victime, retrouvée inanimée au quatrième étage, n'a pas pu être réanimée. "Il vivait seul, il était très discret. Tout le monde le connaissait pour son chien", témoigne une voisine du troisième, relogée provisoirement dans un gymnase.

Une autre habitante, Samira, 38 ans, est sortie avec ses trois enfants par le balcon. "J'ai senti l'odeur, j'ai ouvert la porte et c'était noir. Je n'ai pas réfléchi, j'ai pris les petits et on est passés chez le voisin", raconte-t-elle, encore sous le choc.

Le parquet de Saint-Étienne a ouvert une enquête pour déterminer l'origine du sinistre. "Aucune piste n'est écartée à ce stade, y compris celle d'un acte volontaire", a précisé mardi matin le procureur de la République, David Charmet. Selon une source policière, plusieurs départs de feu auraient été constatés dans des caves voisines ces dernières semaines.

Une information que n'a pas voulu confirmer le magistrat. "Il est trop tôt pour faire un lien. Les investigations techniques prendront plusieurs jours", a-t-il déclaré.

Sur place dès 4 heures du matin, le maire de Saint-Étienne, Hervé Mandon, a annoncé l'ouverture d'une cellule d'aide psychologique. "C'est un drame terrible pour tout le quartier. Nous allons reloger toutes les familles qui en ont besoin, aussi longtemps qu'il le faudra", a-t-il assuré.

Le bailleur social Loire Habitat a indiqué dans un communiqué que l'immeuble avait fait l'objet d'un contrôle de sécurité "conforme" en novembre. Une affirmation qui fait bondir l'association de locataires CNL : "Les portes coupe-feu ne fermaient plus depuis des mois. On l'a signalé trois fois, par écrit", dénonce son représentant local, Marc-Antoine Giraud.

Le bailleur assure de son côté avoir "toujours répondu dans les délais" aux signalements des locataires.

À lire aussi : Loire : les incendies domestiques en hausse de 12 % en 2024

Une marche blanche, baptisée "Une lumière pour Bernard", est prévue samedi à 14 heures au départ de la place de Montreynaud.""",
    [
        (
            "Quand nous sommes arrivés, les fumées avaient déjà envahi les étages supérieurs. Plusieurs habitants étaient aux fenêtres et appelaient à l'aide",
            "Yannick Perret",
            "Yannick Perret",
            "a indiqué",
        ),
        (
            "Il vivait seul, il était très discret. Tout le monde le connaissait pour son chien",
            "voisine",
            "une voisine",
            "témoigne",
        ),
        (
            "J'ai senti l'odeur, j'ai ouvert la porte et c'était noir. Je n'ai pas réfléchi, j'ai pris les petits et on est passés chez le voisin",
            "Samira",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "Aucune piste n'est écartée à ce stade, y compris celle d'un acte volontaire",
            "David Charmet",
            "David Charmet",
            "a précisé",
        ),
        (
            "Il est trop tôt pour faire un lien. Les investigations techniques prendront plusieurs jours",
            "David Charmet",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "C'est un drame terrible pour tout le quartier. Nous allons reloger toutes les familles qui en ont besoin, aussi longtemps qu'il le faudra",
            "Hervé Mandon",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "conforme",
            "Loire Habitat",
            ("Le bailleur social Loire Habitat", "Loire Habitat"),
            "a indiqué",
        ),
        (
            "Les portes coupe-feu ne fermaient plus depuis des mois. On l'a signalé trois fois, par écrit",
            "Marc-Antoine Giraud",
            "Marc-Antoine Giraud",
            "dénonce",
        ),
        (
            "toujours répondu dans les délais",
            "Loire Habitat",
            ("Le bailleur assure", "Le bailleur"),
            "assure",
        ),
    ],
    ["Une lumière pour Bernard"],
)

# Environment, regional daily: « » with plain spaces, headline attribution "pour Greenpeace",
# an apostrophe before «, a multi-paragraph quote, a prefect named by her role, a spokesperson.
article(
    "blind-fr07",
    "fr",
    """Deux-Sèvres : feu vert de la préfète à cinq nouvelles réserves d’eau, « un passage en force » pour Greenpeace

Ouest-France   Nathalie GUÉRIN.   Publié le 04/04/2025 à 17h30
Abonnez-vous

La préfète des Deux-Sèvres, Catherine Lemarchand, a signé vendredi l’arrêté autorisant la construction de cinq réserves de substitution dans le sud du département, destinées à l’irrigation d’une quarantaine d’exploitations. Une décision attendue par les agriculteurs, mais qui ravive la colère des associations environnementales.

« Ce projet a fait l’objet de deux ans de concertation et d’une enquête publique. Il répond à un besoin réel, tout en réduisant les prélèvements dans les nappes en été », a fait valoir la représentante de l’État dans un communiqué.

Pour Greenpeace, qui a déposé un recours devant le tribunal administratif de Poitiers, il s’agit d’« un passage en force ». « On privatise une ressource commune au profit de quelques exploitations intensives, alors que les nappes sont au plus bas », estime Julien Carré, chargé de campagne agriculture de l’ONG. L’organisation dénonce aussi un calendrier « indécent », l’arrêté intervenant deux semaines après la publication de relevés piézométriques parmi les plus bas depuis 2012.

Du côté des irrigants, c’est le soulagement. Éleveur et céréalier à Mauzé-sur-le-Mignon, Thierry Bonnin attend ce feu vert depuis 2019. Il a accepté de nous recevoir dans son exploitation :

« Sans eau l’été, je ne peux plus faire de maïs pour mes bêtes. L’an dernier, j’ai dû acheter du fourrage en Espagne, c’est absurde.

« On nous présente comme des pilleurs d’eau. Mais la réserve, on la remplit l’hiver, quand les rivières débordent. On ne prend rien à personne.

« Ceux qui manifestent ici, la plupart n’ont jamais mis les pieds dans une ferme. »

La présidente de la FNSEA des Deux-Sèvres, Martine Rousseau, a salué une « décision de bon sens », tout en regrettant « des années perdues en procédures ». Elle a averti : « Si on attend encore, ce sont des exploitations qui vont disparaître, pas des bassines. »

Les opposants, réunis au sein du collectif Eau commune 79, appellent à un rassemblement le 26 avril près du premier chantier. « Nous reprendrons le terrain, pacifiquement mais massivement », a lancé sa porte-parole, Julie Marchetti, lors d’une conférence de presse à Niort.

La préfecture des Deux-Sèvres a d’ores et déjà prévenu qu’elle « ne tolérera aucune violence ». « Le droit de manifester n’est pas le droit de saccager », a insisté un porte-parole de la préfecture, rappelant les affrontements de 2023, qui avaient fait des dizaines de blessés.

Le tribunal administratif devrait examiner le recours de Greenpeace avant l’été.""",
    [
        ("un passage en force", "Greenpeace", ("pour Greenpeace", "Greenpeace"), "pour"),
        (
            "Ce projet a fait l’objet de deux ans de concertation et d’une enquête publique. Il répond à un besoin réel, tout en réduisant les prélèvements dans les nappes en été",
            "Catherine Lemarchand",
            "la représentante de l’État",
            "a fait valoir",
        ),
        ("un passage en force", "Greenpeace", ("Pour Greenpeace", "Greenpeace"), "Pour"),
        (
            "On privatise une ressource commune au profit de quelques exploitations intensives, alors que les nappes sont au plus bas",
            "Julien Carré",
            "Julien Carré",
            "estime",
        ),
        ("indécent", "Greenpeace", "L’organisation", "dénonce"),
        (
            "Sans eau l’été, je ne peux plus faire de maïs pour mes bêtes. L’an dernier, j’ai dû acheter du fourrage en Espagne, c’est absurde.",
            "Thierry Bonnin",
            ("Il a accepté", "Il"),
            None,
        ),
        (
            "On nous présente comme des pilleurs d’eau. Mais la réserve, on la remplit l’hiver, quand les rivières débordent. On ne prend rien à personne.",
            "Thierry Bonnin",
            ("Il a accepté", "Il"),
            None,
        ),
        (
            "Ceux qui manifestent ici, la plupart n’ont jamais mis les pieds dans une ferme.",
            "Thierry Bonnin",
            ("Il a accepté", "Il"),
            None,
        ),
        ("décision de bon sens", "Martine Rousseau", "Martine Rousseau", "a salué"),
        ("des années perdues en procédures", "Martine Rousseau", "Martine Rousseau", "regrettant"),
        (
            "Si on attend encore, ce sont des exploitations qui vont disparaître, pas des bassines.",
            "Martine Rousseau",
            ("Elle a averti", "Elle"),
            "a averti",
        ),
        (
            "Nous reprendrons le terrain, pacifiquement mais massivement",
            "Julie Marchetti",
            "Julie Marchetti",
            "a lancé",
        ),
        (
            "ne tolérera aucune violence",
            "préfecture des Deux-Sèvres",
            "La préfecture des Deux-Sèvres",
            "a d’ores et déjà prévenu",
        ),
        (
            "Le droit de manifester n’est pas le droit de saccager",
            "préfecture des Deux-Sèvres",
            "un porte-parole de la préfecture",
            "a insisté",
        ),
    ],
)

# Education, national daily: NBSP padding, a woman minister, an inspection body, a union and
# its leader, "a-t-elle confié au Parisien", an addressee journalist, first-name pupil.
article(
    "blind-fr08",
    "fr",
    f"""Smartphones interdits au lycée dès la rentrée : la ministre persiste malgré la fronde des syndicats

Par Le Figaro Étudiant
Publié il y a 2 heures
Écouter cet article
00:00/05:12

La ministre de l’Éducation nationale, Valérie Charpentier, a confirmé lundi que l’interdiction du téléphone portable serait étendue à tous les lycées publics à la rentrée de septembre. Jusqu’ici, la mesure ne concernait que les écoles et les collèges.
«{NB}Ce n’est pas une mesure contre les jeunes, c’est une mesure pour eux{NB}», a-t-elle affirmé devant les députés de la commission des affaires culturelles. «{NB}Les chiffres sur le harcèlement en ligne et sur la concentration en classe sont sans appel.{NB}»
La ministre s’appuie sur une expérimentation conduite depuis janvier dans 120 lycées volontaires. Selon le ministère, les incidents liés aux réseaux sociaux y ont reculé de 30 %. Des résultats «{NB}encourageants mais fragiles{NB}», nuance toutefois l’inspection générale, dont le rapport d’étape a été publié vendredi.
Le SNES-FSU, premier syndicat du second degré, dénonce une annonce faite «{NB}sans aucune concertation{NB}». «{NB}Qui va contrôler ? Les surveillants, on en manque déjà partout. On nous demande encore de faire la police{NB}», s’agace son cosecrétaire général, Laurent Bouvier.
Lire aussi : Bac 2025 : ce qui change pour les épreuves de spécialité
Du côté des chefs d’établissement, l’accueil est plus nuancé. Proviseure d’un lycée de 1 400 élèves à Créteil, Nathalie Fournier a participé à l’expérimentation. «{NB}Les premières semaines ont été compliquées, je ne vais pas le cacher, a-t-elle confié au Parisien. Mais aujourd’hui, les élèves se parlent de nouveau pendant la récréation. C’est frappant.{NB}»
Elle reconnaît toutefois que le dispositif a un coût : les casiers sécurisés installés dans son lycée ont coûté près de 40 000 euros, financés par la région. «{NB}Tous les établissements n’auront pas cette chance{NB}», prévient-elle.
La question du financement inquiète aussi les élus. Le président de Régions de France, François Delmas, a réclamé lundi soir «{NB}une compensation intégrale{NB}» de l’État. «{NB}Si le gouvernement décide, le gouvernement paie. C’est aussi simple que ça{NB}», a-t-il martelé sur franceinfo.
Interrogée par le journaliste Arnaud Leclerc sur LCI, Valérie Charpentier a assuré que l’État prendrait en charge «{NB}une partie{NB}» des équipements, sans plus de précisions.
Quant aux parents, ils semblent majoritairement favorables. «{NB}Les familles nous le demandent depuis longtemps. Beaucoup de parents n’osent pas dire non à leur enfant, alors une règle commune les aide{NB}», explique Sarah Amrani, vice-présidente de la FCPE, la principale fédération de parents d’élèves.
Les lycéens, eux, sont plus partagés. «{NB}On a 16 ou 17 ans, on n’est plus des enfants{NB}», proteste Hugo, élève de terminale à Lyon, interrogé par l’AFP.
Sur le même sujet
Vous souhaitez recevoir notre newsletter Éducation ? Inscrivez-vous""",
    [
        (
            "Ce n’est pas une mesure contre les jeunes, c’est une mesure pour eux",
            "Valérie Charpentier",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        (
            "Les chiffres sur le harcèlement en ligne et sur la concentration en classe sont sans appel.",
            "Valérie Charpentier",
            None,
            None,
        ),
        (
            "encourageants mais fragiles",
            "inspection générale",
            "l’inspection générale",
            "nuance",
        ),
        ("sans aucune concertation", "SNES-FSU", "Le SNES-FSU", "dénonce"),
        (
            "Qui va contrôler ? Les surveillants, on en manque déjà partout. On nous demande encore de faire la police",
            "Laurent Bouvier",
            "Laurent Bouvier",
            "s’agace",
        ),
        (
            "Les premières semaines ont été compliquées, je ne vais pas le cacher",
            "Nathalie Fournier",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        (
            "Mais aujourd’hui, les élèves se parlent de nouveau pendant la récréation. C’est frappant.",
            "Nathalie Fournier",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        (
            "Tous les établissements n’auront pas cette chance",
            "Nathalie Fournier",
            ("prévient-elle", "elle"),
            "prévient-elle",
        ),
        ("une compensation intégrale", "François Delmas", "François Delmas", "a réclamé"),
        (
            "Si le gouvernement décide, le gouvernement paie. C’est aussi simple que ça",
            "François Delmas",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        ("une partie", "Valérie Charpentier", "Valérie Charpentier", "a assuré"),
        (
            "Les familles nous le demandent depuis longtemps. Beaucoup de parents n’osent pas dire non à leur enfant, alors une règle commune les aide",
            "Sarah Amrani",
            "Sarah Amrani",
            "explique",
        ),
        ("On a 16 ou 17 ans, on n’est plus des enfants", "Hugo", "Hugo", "proteste"),
    ],
)

# Politics, online daily: « » without padding and ' apostrophes, a woman spokesperson with an
# interrupted quote, partial quotes (« fiasco annoncé »), an anonymous insider, a union leader
# quoted in straight quotes, an employers' body.
article(
    "blind-fr09",
    "fr",
    """Réforme de l'assurance chômage : le gouvernement recule sur la durée d'indemnisation des seniors

POLITIQUE Après une semaine de tensions avec sa majorité, l'exécutif a renoncé mercredi à réduire de six mois la durée maximale d'indemnisation des plus de 55 ans

20 Minutes avec AFP
Publié le 15/10/25 à 12h48 — Mis à jour le 15/10/25 à 16h03

C'est un recul que peu avaient vu venir. Le gouvernement a annoncé mercredi qu'il renonçait à raccourcir la durée d'indemnisation des demandeurs d'emploi de plus de 55 ans, l'une des mesures phares de sa réforme de l'assurance chômage. «Nous avons entendu les inquiétudes, y compris dans nos rangs», a reconnu la porte-parole du gouvernement, Camille Delorme, à l'issue du Conseil des ministres.

«Ce n'est pas un renoncement, a-t-elle toutefois insisté. Le cœur de la réforme, c'est le retour à l'emploi, et il est intact.» Selon elle, le texte permettra toujours d'économiser «environ 2 milliards d'euros» par an.

L'opposition n'a pas tardé à réagir. Le président du groupe socialiste à l'Assemblée, Bastien Moreau, a qualifié la réforme de «fiasco annoncé». «Le gouvernement bricole. Il retire une mesure injuste pour en garder dix autres tout aussi injustes», a-t-il tancé dans les couloirs du Palais-Bourbon.

Même tonalité au Rassemblement national, où la députée Laure Vigneron a ironisé sur un exécutif qui «découvre les seniors le jour où ils menacent de ne pas voter le budget».

Selon un proche du dossier, la décision a été prise mardi soir lors d'un dîner à Matignon, après que plusieurs députés de la majorité eurent menacé de voter contre le texte. «Il y avait au moins vingt-cinq députés prêts à lâcher. Le Premier ministre n'avait pas le choix», confie ce connaisseur des arcanes parlementaires.

Au sein de la majorité, le soulagement domine. «C'est une victoire du bon sens», se félicite le député Renaissance de la Marne Thibault Lacombe. «On ne pouvait pas demander aux gens de 58 ans de retrouver un emploi en douze mois quand les entreprises ne les embauchent pas», ajoute l'élu, qui avait été l'un des premiers à signer une tribune contre la mesure.

Les partenaires sociaux restent prudents. La secrétaire générale de la CFDT, Isabelle Roche, a salué «un premier pas», mais réclame le retrait de «l'ensemble du volet sur les seniors». "Nous serons reçus vendredi à Matignon. Nous irons avec nos propositions, pas avec une liste de courses", a-t-elle prévenu.

Le Medef, en revanche, regrette «un signal contradictoire envoyé aux entreprises» et appelle le gouvernement à «ne pas détricoter la réforme morceau par morceau».

Le texte doit être examiné en séance publique à partir du 4 novembre.

Réagissez à cet article""",
    [
        (
            "Nous avons entendu les inquiétudes, y compris dans nos rangs",
            "Camille Delorme",
            "Camille Delorme",
            "a reconnu",
        ),
        (
            "Ce n'est pas un renoncement",
            "Camille Delorme",
            ("a-t-elle toutefois insisté", "elle"),
            "a-t-elle toutefois insisté",
        ),
        (
            "Le cœur de la réforme, c'est le retour à l'emploi, et il est intact.",
            "Camille Delorme",
            ("a-t-elle toutefois insisté", "elle"),
            "a-t-elle toutefois insisté",
        ),
        ("environ 2 milliards d'euros", "Camille Delorme", ("Selon elle", "elle"), "Selon"),
        ("fiasco annoncé", "Bastien Moreau", "Bastien Moreau", "a qualifié"),
        (
            "Le gouvernement bricole. Il retire une mesure injuste pour en garder dix autres tout aussi injustes",
            "Bastien Moreau",
            ("a-t-il tancé", "il"),
            "a-t-il tancé",
        ),
        (
            "découvre les seniors le jour où ils menacent de ne pas voter le budget",
            "Laure Vigneron",
            "Laure Vigneron",
            "a ironisé",
        ),
        (
            "Il y avait au moins vingt-cinq députés prêts à lâcher. Le Premier ministre n'avait pas le choix",
            "proche",
            "ce connaisseur",
            "confie",
        ),
        ("C'est une victoire du bon sens", "Thibault Lacombe", "Thibault Lacombe", "se félicite"),
        (
            "On ne pouvait pas demander aux gens de 58 ans de retrouver un emploi en douze mois quand les entreprises ne les embauchent pas",
            "Thibault Lacombe",
            "l'élu",
            "ajoute",
        ),
        ("un premier pas", "Isabelle Roche", "Isabelle Roche", "a salué"),
        ("l'ensemble du volet sur les seniors", "Isabelle Roche", "Isabelle Roche", "réclame"),
        (
            "Nous serons reçus vendredi à Matignon. Nous irons avec nos propositions, pas avec une liste de courses",
            "Isabelle Roche",
            ("a-t-elle prévenu", "elle"),
            "a-t-elle prévenu",
        ),
        ("un signal contradictoire envoyé aux entreprises", "Medef", "Le Medef", "regrette"),
        ("ne pas détricoter la réforme morceau par morceau", "Medef", "Le Medef", "appelle"),
    ],
)

# Health, regional daily: mixed NBSP and plain padding, an agency with a short name in
# brackets, interrupted quote with "poursuit-elle", a multi-paragraph quote after a colon,
# a petition title, "a-t-il confié au quotidien", an unnamed patient.
article(
    "blind-fr10",
    "fr",
    f"""Vierzon : les urgences fermeront la nuit tout l’été, faute de médecins

Centre-Val de Loire
Par Thomas Lenoir
Le 27/05/2025 à 06:00 | Mis à jour le 27/05/2025 à 09:12

Faute de médecins en nombre suffisant, le service des urgences du centre hospitalier de Vierzon (Cher) sera fermé de 20 heures à 8 heures du 1er juillet au 31 août. L’annonce a été faite lundi par l’agence régionale de santé (ARS) Centre-Val de Loire, qui parle d’une décision « prise à contrecœur ».

« Sur les quatorze postes de médecins urgentistes, seuls six sont pourvus aujourd’hui. Nous ne pouvons pas garantir la sécurité des patients avec des lignes de garde incomplètes », a expliqué la directrice générale de l’ARS, Hélène Morvan, lors d’une conférence de presse à Orléans.

Pendant la fermeture, les patients seront orientés vers le centre hospitalier de Bourges, à 35 kilomètres, ou vers celui de Romorantin. Un dispositif de régulation renforcé sera mis en place : «{NB}Il faudra appeler le 15 avant de se déplacer{NB}», a insisté Mme Morvan.

Médecin urgentiste à Vierzon depuis douze ans, Agnès Valette ne décolère pas. « On nous parle de sécurité, mais la sécurité, c’est d’avoir un service ouvert, poursuit-elle. Trente-cinq kilomètres la nuit, sur des routes de campagne, pour une douleur thoracique, c’est une perte de chances. »

Elle redoute surtout que la fermeture estivale devienne définitive. « Ce sera la même chose l’an prochain, et puis un jour on nous dira que puisque ça a marché l’été, on peut fermer toute l’année. »

Abonnez-vous à notre newsletter Berry et recevez chaque matin l’essentiel de l’actualité

Le maire de Vierzon, Patrick Lhoumeau, a dénoncé « un abandon pur et simple » du territoire. Joint par téléphone, il nous a fait part de sa colère :

« Depuis des années, on nous promet des médecins. On a construit une maison de santé, on a proposé des logements gratuits aux internes, on a tout fait.

« Et à la fin, c’est toujours le même scénario : on ferme, on regroupe, on éloigne. Les Vierzonnais ne sont pas des citoyens de seconde zone. »

Il a annoncé qu’il saisirait le ministre de la Santé et appelé à un rassemblement samedi devant l’hôpital. Le collectif de défense de l’hôpital, qui revendique 4 000 signatures pour sa pétition «{NB}Sauvons nos urgences{NB}», y sera.

Interrogé par La Nouvelle République, le directeur du centre hospitalier, Stéphane Roux, a reconnu que la situation était « très tendue ». « Nous avons lancé des recrutements, y compris à l’étranger. Deux médecins doivent nous rejoindre en septembre, a-t-il confié au quotidien. Mais je ne peux pas inventer des urgentistes qui n’existent pas. »

Une patiente croisée lundi dans le hall, venue pour une radiographie, résume le sentiment général : « Ici, on a l’impression qu’on compte moins que les autres. »

L’ARS promet un bilan de l’été à la rentrée, avant toute décision pour 2026.""",
    [
        ("prise à contrecœur", "agence régionale de santé", ("(ARS)", "ARS"), "parle"),
        (
            "Sur les quatorze postes de médecins urgentistes, seuls six sont pourvus aujourd’hui. Nous ne pouvons pas garantir la sécurité des patients avec des lignes de garde incomplètes",
            "Hélène Morvan",
            "Hélène Morvan",
            "a expliqué",
        ),
        (
            "Il faudra appeler le 15 avant de se déplacer",
            "Hélène Morvan",
            "Mme Morvan",
            "a insisté",
        ),
        (
            "On nous parle de sécurité, mais la sécurité, c’est d’avoir un service ouvert",
            "Agnès Valette",
            ("poursuit-elle", "elle"),
            "poursuit-elle",
        ),
        (
            "Trente-cinq kilomètres la nuit, sur des routes de campagne, pour une douleur thoracique, c’est une perte de chances.",
            "Agnès Valette",
            ("poursuit-elle", "elle"),
            "poursuit-elle",
        ),
        (
            "Ce sera la même chose l’an prochain, et puis un jour on nous dira que puisque ça a marché l’été, on peut fermer toute l’année.",
            "Agnès Valette",
            ("Elle redoute", "Elle"),
            None,
        ),
        ("un abandon pur et simple", "Patrick Lhoumeau", "Patrick Lhoumeau", "a dénoncé"),
        (
            "Depuis des années, on nous promet des médecins. On a construit une maison de santé, on a proposé des logements gratuits aux internes, on a tout fait.",
            "Patrick Lhoumeau",
            ("il nous a fait part", "il"),
            None,
        ),
        (
            "Et à la fin, c’est toujours le même scénario : on ferme, on regroupe, on éloigne. Les Vierzonnais ne sont pas des citoyens de seconde zone.",
            "Patrick Lhoumeau",
            ("il nous a fait part", "il"),
            None,
        ),
        ("très tendue", "Stéphane Roux", "Stéphane Roux", "a reconnu"),
        (
            "Nous avons lancé des recrutements, y compris à l’étranger. Deux médecins doivent nous rejoindre en septembre",
            "Stéphane Roux",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Mais je ne peux pas inventer des urgentistes qui n’existent pas.",
            "Stéphane Roux",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Ici, on a l’impression qu’on compte moins que les autres.",
            "patiente",
            "Une patiente",
            "résume",
        ),
    ],
    ["Sauvons nos urgences"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
