# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind36_fr.jsonl: a thirty-sixth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a hospital suspending births on an
overseas archipelago (Saint-Pierre et Miquelon la 1ère, overseas health: a headline quote with a
title-only cue, a two-paragraph testimony, the prefecture's communiqué, a territorial agency with
a short name in brackets, a collective's name in marks), an administrative court suspending a
mayor's anti-pesticide order (L'Yonne républicaine, regional courts: NNBSP padding, a dek quote,
the référé judge's order quoted, an interrupted quote, a follow-on quote without a cue, a banner
slogan), an amateur astronomer's supernova (Ciel & Espace, science: plain-spaced marks, a dek
quote with "dit-il", a "trois questions" Q&A whose unmarked answers are not listed while a quote
inside them is, a term in marks, a nested “ ” remark), a kayak-polo goalkeeper left out of the
world championships (Eurosport.fr, sport federations: unpadded marks and straight apostrophes,
a federation with a short name in brackets, an interrupted quote with a role noun, an anonymous
team-mate), legionella closing a spa pool (Centre Presse Aveyron, health agencies: “ ” marks
side by side with « », a headline quote with a group cue, an inspection report quoted through
the agency, the mayor with "Pour"), an early and short maple-syrup season (La Terre de chez
nous, Québec agriculture: a dek quote with "selon", a follow-on quote, a union's letter to
members, an anonymous buyer, a ministry by e-mail, a festival's name), a regional opera
cancelling a Rameau production (Diapason, culture: NNBSP padding, a headline partial quote with
"pour", an opera and a petition title, an interrupted quote with a title-only cue, a nested “ ”
message) and a grain-silo explosion tried in Chartres (L'Écho républicain, regional courts: a
headline quote with a role-noun cue, a courtroom exchange with cue-less replies, the labour
inspectorate's report, an interrupted quote from "Me X", an unnamed relative). Padding varies:
NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py; unnamed people are
named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind36_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind36-fr01",
    "fr",
    f"""Maternité de Saint-Pierre : «{NB}Nous n’avons plus le choix{NB}», plaide le directeur de l’hôpital

Publié le 14/02 à 10h32 · Mis à jour le 14/02 à 12h05
Écrit par Gaëlle Quédinet

À partir du 1er mars, les femmes enceintes de l’archipel devront accoucher à Saint-Jean de Terre-Neuve, au Canada. Le Centre hospitalier de l’Anse-Rodrigue a annoncé jeudi la suspension «{NB}pour au moins six mois{NB}» des accouchements, faute de sages-femmes et d’anesthésistes en nombre suffisant.
«{NB}Nous n’avons plus le choix. Sans équipe complète, je ne peux pas garantir la sécurité d’une naissance en pleine nuit{NB}», a expliqué Thierry Laborde-Vigneau, le directeur de l’établissement, lors d’une conférence de presse à la mairie de Saint-Pierre.
Depuis décembre, deux des trois sages-femmes ont quitté l’archipel. Les postes vacants ont été publiés à quatre reprises, sans un seul candidat sérieux. «{NB}Les candidates regardent la carte, puis le prix des billets d’avion, et elles renoncent{NB}», a-t-il regretté.
Le Centre hospitalier de l’Anse-Rodrigue, à Saint-Pierre. © Gaëlle Quédinet / SPM la 1ère
Enceinte de sept mois, Maëlle Detcheverry fait partie des premières concernées. Son terme est prévu le 20 mars.
«{NB}On m’a dit de partir trois semaines avant, seule, parce que le billet de mon conjoint n’est pas remboursé. Trois semaines à l’hôtel, loin de mon fils de quatre ans.
«{NB}Je comprends qu’ils manquent de monde. Mais on parle de nous comme d’un problème de logistique{NB}», souffle-t-elle.
La préfecture de Saint-Pierre-et-Miquelon a indiqué dans un communiqué que «{NB}la prise en charge du transport et de l’hébergement{NB}» serait assurée par la caisse de sécurité sociale, et que l’accompagnant «{NB}pourra bénéficier d’une aide exceptionnelle{NB}» sur demande.
Lire aussi : Miquelon : le médecin de garde héliporté deux fois par semaine
Une réponse jugée insuffisante par le député de l’archipel, Marc-Antoine Hébert, qui dénonce «{NB}une double peine pour les familles{NB}». Il réclame «{NB}un vrai plan d’attractivité, avec des logements et des primes{NB}», et a écrit en ce sens au ministre de la Santé.
L’Agence territoriale de santé (ATS) assure de son côté que «{NB}tout est fait pour recruter avant l’été{NB}». Deux sages-femmes intérimaires venues de Bretagne pourraient arriver en mai, selon nos informations.
Le collectif «{NB}Naître à l’archipel{NB}», créé la semaine dernière, appelle à un rassemblement samedi à 14 heures devant l’hôpital. Il a déjà recueilli plus de 1 800 signatures, soit près d’un tiers de la population.
Pour Thierry Laborde-Vigneau, la réouverture dépendra uniquement des recrutements. «{NB}Le jour où j’ai une équipe, je rouvre. Pas une heure plus tard{NB}», a-t-il promis.
Partager : Facebook · X · WhatsApp · E-mail""",
    [
        (
            "Nous n’avons plus le choix",
            "Thierry Laborde-Vigneau",
            "le directeur de l’hôpital",
            "plaide",
        ),
        (
            "pour au moins six mois",
            "Centre hospitalier de l’Anse-Rodrigue",
            "Le Centre hospitalier de l’Anse-Rodrigue",
            "a annoncé",
        ),
        (
            "Nous n’avons plus le choix. Sans équipe complète, je ne peux pas garantir la sécurité d’une naissance en pleine nuit",
            "Thierry Laborde-Vigneau",
            "Thierry Laborde-Vigneau",
            "a expliqué",
        ),
        (
            "Les candidates regardent la carte, puis le prix des billets d’avion, et elles renoncent",
            "Thierry Laborde-Vigneau",
            ("a-t-il regretté", "il"),
            "a-t-il regretté",
        ),
        (
            "On m’a dit de partir trois semaines avant, seule, parce que le billet de mon conjoint n’est pas remboursé. Trois semaines à l’hôtel, loin de mon fils de quatre ans.",
            "Maëlle Detcheverry",
            ("souffle-t-elle", "elle"),
            "souffle",
        ),
        (
            "Je comprends qu’ils manquent de monde. Mais on parle de nous comme d’un problème de logistique",
            "Maëlle Detcheverry",
            ("souffle-t-elle", "elle"),
            "souffle",
        ),
        (
            "la prise en charge du transport et de l’hébergement",
            "préfecture de Saint-Pierre-et-Miquelon",
            "La préfecture de Saint-Pierre-et-Miquelon",
            "a indiqué",
        ),
        (
            "pourra bénéficier d’une aide exceptionnelle",
            "préfecture de Saint-Pierre-et-Miquelon",
            "La préfecture de Saint-Pierre-et-Miquelon",
            "a indiqué",
        ),
        (
            "une double peine pour les familles",
            "Marc-Antoine Hébert",
            "Marc-Antoine Hébert",
            "dénonce",
        ),
        (
            "un vrai plan d’attractivité, avec des logements et des primes",
            "Marc-Antoine Hébert",
            ("Il réclame", "Il"),
            "réclame",
        ),
        (
            "tout est fait pour recruter avant l’été",
            "Agence territoriale de santé",
            "L’Agence territoriale de santé",
            "assure",
        ),
        (
            "Le jour où j’ai une équipe, je rouvre. Pas une heure plus tard",
            "Thierry Laborde-Vigneau",
            ("a-t-il promis", "il"),
            "a-t-il promis",
        ),
    ],
    ["Naître à l’archipel"],
)

article(
    "blind36-fr02",
    "fr",
    f"""Pesticides : le tribunal administratif suspend l’arrêté du maire de Vézannes-sur-Serein

Le juge des référés a donné raison au préfet. Le maire, lui, promet de «{NNB}recommencer{NNB}».

Par Cécile Marmagne | Publié le 07/06/2025 à 17h20

Il n’aura tenu que cinq semaines. L’arrêté pris le 2 mai par le maire de Vézannes-sur-Serein, Jean-Luc Pautrat, interdisant l’épandage de produits phytosanitaires à moins de 150 mètres des habitations, a été suspendu jeudi par le tribunal administratif de Dijon.
Dans son ordonnance, le juge des référés estime que le maire «{NNB}n’est pas compétent pour édicter une réglementation locale{NNB}» dans un domaine relevant «{NNB}de la police spéciale confiée à l’État{NNB}». Il relève un «{NNB}doute sérieux{NNB}» sur la légalité de l’arrêté et en suspend l’exécution jusqu’au jugement au fond.
«{NNB}Je m’y attendais, mais je ne regrette rien{NNB}», a réagi l’élu, joint par téléphone vendredi matin. «{NNB}Le droit protège les rendements, pas les enfants de l’école, qui est à quarante mètres d’une parcelle de colza.{NNB}»
Devant la mairie, une banderole «{NNB}Nos enfants ne sont pas des cobayes{NNB}» est toujours accrochée aux grilles.
«{NNB}Je reprendrai un arrêté, a-t-il ajouté, rédigé autrement. Et s’il le faut, on ira jusqu’au Conseil d’État.{NNB}»
Partager : Facebook X WhatsApp Copier le lien
La préfecture de l’Yonne, à l’origine du recours, a dit «{NNB}prendre acte{NNB}» de la décision. «{NNB}La protection des riverains est déjà encadrée par une charte départementale, élaborée en concertation avec les agriculteurs et les élus{NNB}», rappelle-t-elle dans un communiqué.
Du côté des exploitants, le soulagement domine. «{NNB}On ne va pas s’excuser de travailler dans les règles. Les zones de non-traitement, on les respecte déjà{NNB}», lance Hervé Chapotot, céréalier et président du Syndicat des exploitants du Tonnerrois, qui qualifie l’arrêté de «{NNB}coup politique{NNB}».
Selon lui, une dizaine d’exploitations étaient concernées, pour près de 300 hectares. «{NNB}Le maire n’a jamais pris le temps de venir nous voir. Il a préféré la presse.{NNB}»
Lire aussi : À Tonnerre, la cantine passe au tout bio
Le collectif Vézannes Air pur, qui avait soutenu l’arrêté, se dit «{NNB}déçu mais pas surpris{NNB}». Sa porte-parole, Sandrine Mouillefarine, mère de deux enfants scolarisés dans le village, affirme que des riverains ont constaté des épandages «{NNB}par grand vent, à six heures du matin{NNB}» au printemps. Le collectif prépare une pétition adressée au député de la circonscription.
Ce type d’arrêté a déjà été suspendu dans plusieurs départements. Interrogé sur ses chances, Jean-Luc Pautrat reste philosophe : «{NNB}On perdra peut-être devant le juge. Mais on aura gagné le débat.{NNB}»
L’affaire sera jugée sur le fond à l’automne.""",
    [
        ("recommencer", "Jean-Luc Pautrat", "Le maire", "promet"),
        (
            "n’est pas compétent pour édicter une réglementation locale",
            "juge des référés",
            "le juge des référés",
            "estime",
        ),
        (
            "de la police spéciale confiée à l’État",
            "juge des référés",
            "le juge des référés",
            "estime",
        ),
        ("doute sérieux", "juge des référés", ("Il relève", "Il"), "relève"),
        ("Je m’y attendais, mais je ne regrette rien", "Jean-Luc Pautrat", "l’élu", "a réagi"),
        (
            "Le droit protège les rendements, pas les enfants de l’école, qui est à quarante mètres d’une parcelle de colza.",
            "Jean-Luc Pautrat",
            None,
            None,
        ),
        ("Je reprendrai un arrêté", "Jean-Luc Pautrat", ("a-t-il ajouté", "il"), "a-t-il ajouté"),
        (
            "rédigé autrement. Et s’il le faut, on ira jusqu’au Conseil d’État.",
            "Jean-Luc Pautrat",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        ("prendre acte", "préfecture de l’Yonne", "La préfecture de l’Yonne", "a dit"),
        (
            "La protection des riverains est déjà encadrée par une charte départementale, élaborée en concertation avec les agriculteurs et les élus",
            "préfecture de l’Yonne",
            ("rappelle-t-elle", "elle"),
            "rappelle",
        ),
        (
            "On ne va pas s’excuser de travailler dans les règles. Les zones de non-traitement, on les respecte déjà",
            "Hervé Chapotot",
            "Hervé Chapotot",
            "lance",
        ),
        ("coup politique", "Hervé Chapotot", "Hervé Chapotot", "qualifie"),
        (
            "Le maire n’a jamais pris le temps de venir nous voir. Il a préféré la presse.",
            "Hervé Chapotot",
            None,
            None,
        ),
        (
            "déçu mais pas surpris",
            "collectif Vézannes Air pur",
            "Le collectif Vézannes Air pur",
            "se dit",
        ),
        (
            "par grand vent, à six heures du matin",
            "Sandrine Mouillefarine",
            "Sandrine Mouillefarine",
            "affirme",
        ),
        (
            "On perdra peut-être devant le juge. Mais on aura gagné le débat.",
            "Jean-Luc Pautrat",
            "Jean-Luc Pautrat",
            None,
        ),
    ],
    ["Nos enfants ne sont pas des cobayes"],
)

article(
    "blind36-fr03",
    "fr",
    """Un astronome amateur de Haute-Provence découvre une supernova dans une galaxie voisine

Depuis son jardin de Simiane-la-Rotonde, Bernard Ollivier-Tessier a repéré une étoile qui, dit-il, « n’aurait jamais dû être là ».

Par Anaïs Ferrand · 12 octobre 2025 · Lecture 4 min

Il était 3 h 40, dans la nuit du 8 au 9 octobre. Comme chaque nuit claire depuis six ans, le télescope de 35 centimètres de Bernard Ollivier-Tessier photographiait automatiquement une cinquantaine de galaxies. Sur l’image de NGC 7331, une galaxie spirale située à environ 45 millions d’années-lumière, un point lumineux nouveau brillait près du noyau.
« J’ai d’abord cru à un défaut du capteur, ou à un satellite. Puis j’ai vérifié sur trois poses successives : le point ne bougeait pas », raconte ce retraité de 67 ans, ancien professeur de physique-chimie à Manosque.
Il signale aussitôt sa découverte sur le registre international des objets transitoires. Moins de vingt-quatre heures plus tard, un spectre obtenu par l’Observatoire du plateau d’Albion confirme qu’il s’agit bien d’une supernova, l’explosion d’une étoile.
« C’est une supernova de type Ia, très jeune, prise quelques jours seulement après l’explosion. C’est exactement ce que nous cherchons », se félicite l’astrophysicienne Léa Marchand-Oyono, qui a mené l’analyse.
Crédit photo : B. Ollivier-Tessier
Trois questions à Léa Marchand-Oyono
Pourquoi cette découverte intéresse-t-elle les professionnels ?
Les supernovae de type Ia servent de « chandelles standard » pour mesurer les distances dans l’Univers. Plus on les attrape tôt, mieux on comprend le mécanisme de l’explosion, et mieux on calibre ces mesures.
Les amateurs ont-ils encore leur place face aux grands relevés automatiques ?
Plus que jamais. Les relevés couvrent le ciel entier, mais ils repassent rarement sur la même galaxie toutes les nuits. Mon directeur de thèse, Paul Haddou-Lemaire, répétait : « Les amateurs sont nos yeux pendant que nous dormons. » Il avait raison.
Quelle est la suite ?
Suivre la courbe de lumière pendant trois mois, avec Bernard et une dizaine d’observateurs de la région. La supernova devrait rester visible dans un télescope d’amateur jusqu’à la fin de novembre.
Le club d’astronomie de Banon, dont Bernard Ollivier-Tessier est membre depuis vingt ans, a salué sur sa page Facebook « une première pour le département ». Son président, Gérard Testanière, parle d’une découverte « qui va susciter des vocations ».
L’intéressé, lui, reste modeste. Il rappelle qu’il a passé « plus de deux mille nuits » à photographier des galaxies sans rien trouver. « Ma femme m’a dit : “Tu vas enfin dormir ?” Pas encore ! » s’amuse-t-il. La supernova, elle, porte désormais une désignation officielle, mais il l’a déjà surnommée « la Simianaise ».
Abonnez-vous à Ciel & Espace : 6 numéros pour 29 €
Lire aussi : Comètes : comment les photographier depuis son jardin""",
    [
        ("n’aurait jamais dû être là", "Bernard Ollivier-Tessier", ("dit-il", "il"), "dit"),
        (
            "J’ai d’abord cru à un défaut du capteur, ou à un satellite. Puis j’ai vérifié sur trois poses successives : le point ne bougeait pas",
            "Bernard Ollivier-Tessier",
            "ce retraité",
            "raconte",
        ),
        (
            "C’est une supernova de type Ia, très jeune, prise quelques jours seulement après l’explosion. C’est exactement ce que nous cherchons",
            "Léa Marchand-Oyono",
            "Léa Marchand-Oyono",
            "se félicite",
        ),
        (
            "Les amateurs sont nos yeux pendant que nous dormons.",
            "Paul Haddou-Lemaire",
            "Paul Haddou-Lemaire",
            "répétait",
        ),
        (
            "une première pour le département",
            "club d’astronomie de Banon",
            "Le club d’astronomie de Banon",
            "a salué",
        ),
        ("qui va susciter des vocations", "Gérard Testanière", "Gérard Testanière", "parle"),
        ("plus de deux mille nuits", "Bernard Ollivier-Tessier", ("Il rappelle", "Il"), "rappelle"),
        (
            "Ma femme m’a dit : “Tu vas enfin dormir ?” Pas encore !",
            "Bernard Ollivier-Tessier",
            ("s’amuse-t-il", "il"),
            "s’amuse",
        ),
    ],
    ["chandelles standard", "la Simianaise"],
)

article(
    "blind36-fr04",
    "fr",
    """Kayak-polo : écartée des Mondiaux, la gardienne Manon Riche-Lagarde conteste sa non-sélection

Par Eurosport | Publié le 03/07/2025 à 15:47 | Mis à jour le 03/07/2025 à 18:02

Elle a appris la nouvelle par un SMS. Titulaire depuis quatre saisons, la gardienne de l'équipe de France féminine de kayak-polo, Manon Riche-Lagarde, ne disputera pas les championnats du monde, fin août à Duisbourg. La joueuse de Montbéliard a saisi mercredi la Chambre arbitrale du sport pour contester la décision.
«On ne m'a donné aucune explication. Un SMS de trois lignes, après huit ans en bleu», a-t-elle confié à Eurosport. «J'ai eu l'impression d'être licenciée par la boîte vocale.»
La Fédération française de kayak-polo (FFKP) a publié lundi la liste des douze joueuses retenues. Son directeur technique national, Olivier Saint-Amand, défend un choix «purement sportif». «Nous avons privilégié la mobilité sur l'eau. Manon reste une immense joueuse, mais le jeu a évolué et nous devons anticiper les Jeux européens», a-t-il expliqué.
Publicité
L'argument ne convainc pas l'intéressée. Trois des nouvelles sélectionnées évoluent à Saint-Omer, le club dont l'entraîneur est aussi l'adjoint du sélectionneur national.
«Je ne suis pas la seule à penser, poursuit la joueuse de 29 ans, que des considérations de club ont pesé. Je ne dis pas qu'il y a eu tricherie. Je dis que personne n'a vérifié.»
Contacté, le sélectionneur, Franck Dubreuil, n'a pas souhaité réagir.
L'avocat de la joueuse, Me Romain Kessler-Baudry, dénonce «une procédure opaque» et réclame la communication des statistiques ayant servi à la sélection. «Si les critères existent, qu'on nous les montre. S'ils n'existent pas, la fédération a un problème», a-t-il résumé jeudi.
À lire aussi : Championnats d'Europe : les Bleues en bronze après un dernier quart-temps fou
Dans le vestiaire, la décision passe mal. «Tout le monde est sous le choc. Manon, c'est notre mur depuis des années», glisse une coéquipière, qui a requis l'anonymat pour ne pas compromettre sa propre sélection.
Dans un communiqué diffusé jeudi soir, la FFKP dit «regretter que ce débat se tienne sur les réseaux sociaux» et rappelle que toute joueuse non retenue «peut demander un entretien individuel avec le staff».
La Chambre arbitrale du sport doit se prononcer avant le 25 juillet, date limite d'inscription auprès de la fédération internationale. Une décision favorable ne garantirait pas une place dans l'équipe, mais obligerait la FFKP à motiver son choix.
La gardienne, elle, continue de s'entraîner deux fois par jour sur le bassin du Doubs. «Je me prépare comme si j'y allais. On verra bien qui aura raison.»
Suivez toute l'actualité des sports de pagaie sur l'appli Eurosport""",
    [
        (
            "On ne m'a donné aucune explication. Un SMS de trois lignes, après huit ans en bleu",
            "Manon Riche-Lagarde",
            ("a-t-elle confié", "elle"),
            "a-t-elle confié",
        ),
        (
            "J'ai eu l'impression d'être licenciée par la boîte vocale.",
            "Manon Riche-Lagarde",
            None,
            None,
        ),
        ("purement sportif", "Olivier Saint-Amand", "Olivier Saint-Amand", "défend"),
        (
            "Nous avons privilégié la mobilité sur l'eau. Manon reste une immense joueuse, mais le jeu a évolué et nous devons anticiper les Jeux européens",
            "Olivier Saint-Amand",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Je ne suis pas la seule à penser",
            "Manon Riche-Lagarde",
            "la joueuse de 29 ans",
            "poursuit",
        ),
        (
            "que des considérations de club ont pesé. Je ne dis pas qu'il y a eu tricherie. Je dis que personne n'a vérifié.",
            "Manon Riche-Lagarde",
            "la joueuse de 29 ans",
            "poursuit",
        ),
        ("une procédure opaque", "Romain Kessler-Baudry", "Me Romain Kessler-Baudry", "dénonce"),
        (
            "Si les critères existent, qu'on nous les montre. S'ils n'existent pas, la fédération a un problème",
            "Romain Kessler-Baudry",
            ("a-t-il résumé", "il"),
            "a-t-il résumé",
        ),
        (
            "Tout le monde est sous le choc. Manon, c'est notre mur depuis des années",
            "coéquipière",
            "une coéquipière",
            "glisse",
        ),
        (
            "regretter que ce débat se tienne sur les réseaux sociaux",
            "Fédération française de kayak-polo",
            "la FFKP",
            "dit",
        ),
        (
            "peut demander un entretien individuel avec le staff",
            "Fédération française de kayak-polo",
            ("la FFKP dit", "la FFKP"),
            "rappelle",
        ),
        (
            "Je me prépare comme si j'y allais. On verra bien qui aura raison.",
            "Manon Riche-Lagarde",
            "La gardienne",
            None,
        ),
    ],
)

article(
    "blind36-fr05",
    "fr",
    f"""Thermes de Vialarel : “On a payé trois semaines pour rien”, fulminent des curistes

Légionelle : l’ARS ferme la piscine de rééducation en pleine saison thermale

Publié le 23/09/2025 à 06h30
Aveyron – Santé

L’Agence régionale de santé d’Occitanie (ARS) a ordonné mardi la fermeture de la piscine de rééducation des thermes de Vialarel-les-Bains. Les analyses réalisées début septembre ont révélé la présence de légionelles à un taux “largement supérieur au seuil réglementaire”, selon l’agence.
“Aucun cas de légionellose n’a été signalé à ce jour. La fermeture est une mesure de précaution, le temps de désinfecter le réseau”, a précisé à Centre Presse le docteur Sylvie Garrigues-Vidal, responsable de la veille sanitaire à la délégation aveyronnaise de l’ARS.
Près de 140 curistes étaient inscrits pour la dernière série de la saison, qui s’achève fin octobre. Les soins en baignoire et les bains de boue restent assurés, mais la piscine, indispensable aux cures de rhumatologie, est vidée depuis mercredi matin.
Photo Centre Presse – J.-M. R.
Venue de Limoges pour soigner son arthrose, Josette Malrieu, 74 ans, ne décolère pas. “On a payé trois semaines pour rien. On nous propose des bains de boue, mais moi, c’est la piscine qu’il me fallait”, lâche-t-elle à la sortie de l’établissement. Un autre curiste, ancien cheminot à Brive, a déjà réservé son billet de retour : “Je reviendrai l’an prochain, s’ils sont encore ouverts.”
La Société thermale de Vialarel, qui exploite l’établissement, assure avoir “engagé immédiatement un choc thermique et chloré de l’ensemble du réseau”. Son directeur, Patrick Bessière, espère une réouverture “d’ici une dizaine de jours”, après deux analyses négatives consécutives.
«{NB}Nous rembourserons les soins non dispensés, sans discussion. Personne ne repartira lésé{NB}», a-t-il promis jeudi, lors d’une réunion d’information organisée dans le hall des thermes.
Newsletter Aveyron – Recevez l’essentiel de l’actualité du département chaque matin
Ce n’est pas la première alerte. Un rapport d’inspection de l’ARS daté de 2023, que Centre Presse a pu consulter, pointait déjà “une maintenance insuffisante des bouclages d’eau chaude” et recommandait le remplacement de plusieurs canalisations. Les travaux, chiffrés à 400 000 euros, avaient été reportés à l’hiver prochain.
Pour le maire de Vialarel-les-Bains, Gilles Fabre-Costes, l’épisode tombe “au pire moment”. Il rappelle que les thermes représentent “près de 200 emplois directs et indirects” dans une commune de 900 habitants, et que plusieurs hôtels dépendent entièrement de la fréquentation thermale.
«{NB}Je ne vais pas jeter la pierre à l’exploitant. Mais je veux que ces travaux soient faits cet hiver, et pas dans trois ans{NB}», a insisté l’élu, qui a demandé à rencontrer la direction de l’ARS.
Les curistes qui le souhaitent peuvent obtenir une attestation pour leur caisse d’assurance maladie auprès de l’accueil des thermes.""",
    [
        ("On a payé trois semaines pour rien", "curistes", "des curistes", "fulminent"),
        (
            "largement supérieur au seuil réglementaire",
            "Agence régionale de santé d’Occitanie",
            "l’agence",
            "selon",
        ),
        (
            "Aucun cas de légionellose n’a été signalé à ce jour. La fermeture est une mesure de précaution, le temps de désinfecter le réseau",
            "Sylvie Garrigues-Vidal",
            "Sylvie Garrigues-Vidal",
            "a précisé",
        ),
        (
            "On a payé trois semaines pour rien. On nous propose des bains de boue, mais moi, c’est la piscine qu’il me fallait",
            "Josette Malrieu",
            ("lâche-t-elle", "elle"),
            "lâche",
        ),
        (
            "Je reviendrai l’an prochain, s’ils sont encore ouverts.",
            "curiste",
            "Un autre curiste",
            None,
        ),
        (
            "engagé immédiatement un choc thermique et chloré de l’ensemble du réseau",
            "Société thermale de Vialarel",
            "La Société thermale de Vialarel",
            "assure",
        ),
        ("d’ici une dizaine de jours", "Patrick Bessière", "Patrick Bessière", "espère"),
        (
            "Nous rembourserons les soins non dispensés, sans discussion. Personne ne repartira lésé",
            "Patrick Bessière",
            ("a-t-il promis", "il"),
            "a-t-il promis",
        ),
        (
            "une maintenance insuffisante des bouclages d’eau chaude",
            "Agence régionale de santé d’Occitanie",
            ("rapport d’inspection de l’ARS", "l’ARS"),
            "pointait",
        ),
        ("au pire moment", "Gilles Fabre-Costes", "Gilles Fabre-Costes", "Pour"),
        (
            "près de 200 emplois directs et indirects",
            "Gilles Fabre-Costes",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
        (
            "Je ne vais pas jeter la pierre à l’exploitant. Mais je veux que ces travaux soient faits cet hiver, et pas dans trois ans",
            "Gilles Fabre-Costes",
            "l’élu",
            "a insisté",
        ),
    ],
)

article(
    "blind36-fr06",
    "fr",
    f"""Érable : une coulée hâtive et courte inquiète les acériculteurs de la Beauce

Des entailles en février, une saison terminée à la mi-mars : «{NB}du jamais vu{NB}», selon plusieurs producteurs.

JULIE-ANNE POMERLEAU
27 mars 2026 | Acériculture
PARTAGER

Dans la cabane à sucre de Marc-Olivier Vachon-Boutin, à Saint-Ildefonse-de-Beauce, l’évaporateur est froid depuis une semaine. D’habitude, à la fin mars, la saison bat son plein.
«{NB}J’ai entaillé le 14 février. Mon père, lui, entaillait jamais avant la mi-mars{NB}», raconte le producteur de 41 ans, qui exploite 12{NB}000 entailles avec sa conjointe. «{NB}Le sirop est beau, mais il n’y en a pas assez. On est à 40{NB}% d’une année normale.{NB}»
Un redoux précoce, suivi d’un mois de mars sans gel nocturne, a écourté la coulée dans une bonne partie de Chaudière-Appalaches. Sur certaines érablières, les chaudières ont coulé à peine douze jours.
«{NB}Sur le territoire, on parle d’une baisse de 30 à 45{NB}%. Ce n’est pas un drame grâce à la réserve, mais c’est un signal qu’on ne peut plus ignorer{NB}», a affirmé la présidente du Syndicat des acériculteurs de Chaudière-Appalaches (SACA), Nathalie Gosselin-Roy, en entrevue avec La Terre.
Dans une lettre envoyée aux membres la semaine dernière, le syndicat recommande de «{NB}ne pas retarder la déclaration des volumes{NB}» afin de bénéficier rapidement du programme d’avance de fonds.
Photo : Julie-Anne Pomerleau / La Terre de chez nous
Pour le chercheur Étienne Lapointe-Drolet, du Centre de recherche acéricole de Lévis, ces saisons «{NB}en dents de scie{NB}» vont se multiplier. «{NB}La coulée dépend de l’alternance gel-dégel. Quand le redoux arrive d’un coup, l’arbre passe en mode bourgeon et le goût change. On ne peut rien y faire, sinon s’adapter{NB}», explique-t-il.
Selon lui, les producteurs devront entailler plus tôt, quitte à surveiller leurs systèmes sous vide dès janvier. Il cite l’exemple d’un collègue du Vermont qui lui a dit, l’an dernier : «{NB}Le calendrier de mon grand-père ne sert plus à rien.{NB}»
Du côté des acheteurs, on surveille surtout les stocks. «{NB}La réserve va baisser une deuxième année de suite, et ça, les marchés le voient{NB}», confie un acheteur d’une entreprise d’embouteillage de la Rive-Sud, qui a demandé à ne pas être nommé.
Par courriel, le ministère de l’Agriculture du Québec indique «{NB}suivre la situation de près{NB}» et rappelle que les producteurs touchés peuvent se tourner vers les programmes d’assurance existants.
Chez les Vachon-Boutin, on garde le moral. La 30e édition du festival «{NB}Les Sucres en fête{NB}» aura lieu comme prévu le 12 avril, avec de la tire sur la neige… artificielle si nécessaire.
«{NB}On a connu pire. Mais si ça se répète trois ans de suite, il va falloir repenser toute la business{NB}», conclut Marc-Olivier Vachon-Boutin.
Abonnez-vous à La Terre de chez nous pour lire tous nos reportages""",
    [
        ("du jamais vu", "producteurs", "plusieurs producteurs", "selon"),
        (
            "J’ai entaillé le 14 février. Mon père, lui, entaillait jamais avant la mi-mars",
            "Marc-Olivier Vachon-Boutin",
            "le producteur de 41 ans",
            "raconte",
        ),
        (
            f"Le sirop est beau, mais il n’y en a pas assez. On est à 40{NB}% d’une année normale.",
            "Marc-Olivier Vachon-Boutin",
            None,
            None,
        ),
        (
            f"Sur le territoire, on parle d’une baisse de 30 à 45{NB}%. Ce n’est pas un drame grâce à la réserve, mais c’est un signal qu’on ne peut plus ignorer",
            "Nathalie Gosselin-Roy",
            "Nathalie Gosselin-Roy",
            "a affirmé",
        ),
        (
            "ne pas retarder la déclaration des volumes",
            "Syndicat des acériculteurs de Chaudière-Appalaches",
            "le syndicat",
            "recommande",
        ),
        ("en dents de scie", "Étienne Lapointe-Drolet", "Étienne Lapointe-Drolet", "Pour"),
        (
            "La coulée dépend de l’alternance gel-dégel. Quand le redoux arrive d’un coup, l’arbre passe en mode bourgeon et le goût change. On ne peut rien y faire, sinon s’adapter",
            "Étienne Lapointe-Drolet",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "Le calendrier de mon grand-père ne sert plus à rien.",
            "collègue",
            "un collègue du Vermont",
            "a dit",
        ),
        (
            "La réserve va baisser une deuxième année de suite, et ça, les marchés le voient",
            "acheteur",
            "un acheteur",
            "confie",
        ),
        (
            "suivre la situation de près",
            "ministère de l’Agriculture du Québec",
            "le ministère de l’Agriculture du Québec",
            "indique",
        ),
        (
            "On a connu pire. Mais si ça se répète trois ans de suite, il va falloir repenser toute la business",
            "Marc-Olivier Vachon-Boutin",
            "Marc-Olivier Vachon-Boutin",
            "conclut",
        ),
    ],
    ["Les Sucres en fête"],
)

article(
    "blind36-fr07",
    "fr",
    f"""Saint-Quentin : «{NNB}Castor et Pollux{NNB}» annulé, «{NNB}un gâchis{NNB}» pour le chef

Faute de subventions, l’Opéra-Théâtre de Saint-Quentin renonce à sa nouvelle production de la tragédie lyrique de Rameau, à six semaines de la première.

Par Bertrand Lemoal-Sauvage
Publié le 18 mars 2026
Diapason — Actualités

Le rideau ne se lèvera pas. L’Opéra-Théâtre de Saint-Quentin a annoncé lundi l’annulation de sa nouvelle production de «{NNB}Castor et Pollux{NNB}», prévue les 2, 4 et 6 mai, invoquant «{NNB}une baisse de 18{NNB}% de la subvention régionale{NNB}» votée en février.
«{NNB}C’est un gâchis. Les chanteurs avaient appris leurs rôles, les costumes sont à moitié cousus… Six semaines de répétitions partent à la poubelle{NNB}», a déploré mardi Raphaël Dumont-Kerviel, directeur musical de l’ensemble Les Heures galantes, qui devait diriger la production.
La directrice de l’opéra, Hélène Vasseur-Maréchal, dit avoir «{NNB}tout tenté{NNB}». «{NNB}J’ai proposé une version de concert, sans décors, pour sauver au moins la musique. La région n’a pas voulu rouvrir le dossier{NNB}», affirme-t-elle.
Recevez la lettre de Diapason chaque vendredi
Dans un communiqué, la région Hauts-de-France affirme «{NNB}assumer des choix difficiles dans un contexte budgétaire contraint{NNB}» et souligne que l’enveloppe consacrée au spectacle vivant reste «{NNB}parmi les plus élevées de France{NNB}».
Le vice-président chargé de la culture, Gérald Monnier-Hautecœur, a défendu cette position mercredi devant la commission culture. «{NNB}Une production baroque, a répliqué le vice-président à une élue d’opposition, coûte trois fois ce que coûte un concert symphonique. Nous devons faire des choix.{NNB}»
Dans le milieu musical, l’argument passe mal. La soprano Clémence Abadie-Roux, qui devait chanter Télaïre, raconte avoir appris la nouvelle «{NNB}par un courriel de quatre lignes{NNB}». «{NNB}Mon agent m’a appelée en me disant : “Ne signe rien d’autre, on attend.” J’ai attendu trois mois pour rien{NNB}», confie-t-elle.
L’ensemble Les Heures galantes, qui emploie une quarantaine de musiciens intermittents, estime son manque à gagner à 120{NNB}000 euros. Une pétition, «{NNB}Sauvons Castor{NNB}», lancée par des abonnés de l’opéra, a recueilli plus de 4{NNB}000 signatures en trois jours.
Lire aussi : À Tourcoing, un «{NNB}Orfeo{NNB}» sur des péniches
Raphaël Dumont-Kerviel ne désespère pas de donner l’œuvre ailleurs. Des discussions sont en cours avec deux festivals d’été, selon son entourage. «{NNB}Rameau a survécu à la Révolution, il survivra à un budget régional. Mais ce sont les jeunes chanteurs qui paient l’addition{NNB}», a-t-il glissé à la sortie d’une répétition, la dernière.
L’Opéra-Théâtre de Saint-Quentin rembourse les billets déjà vendus jusqu’au 30 avril.""",
    [
        ("un gâchis", "Raphaël Dumont-Kerviel", "le chef", "pour"),
        (
            f"une baisse de 18{NNB}% de la subvention régionale",
            "Opéra-Théâtre de Saint-Quentin",
            "L’Opéra-Théâtre de Saint-Quentin",
            "invoquant",
        ),
        (
            "C’est un gâchis. Les chanteurs avaient appris leurs rôles, les costumes sont à moitié cousus… Six semaines de répétitions partent à la poubelle",
            "Raphaël Dumont-Kerviel",
            "Raphaël Dumont-Kerviel",
            "a déploré",
        ),
        ("tout tenté", "Hélène Vasseur-Maréchal", "Hélène Vasseur-Maréchal", "dit"),
        (
            "J’ai proposé une version de concert, sans décors, pour sauver au moins la musique. La région n’a pas voulu rouvrir le dossier",
            "Hélène Vasseur-Maréchal",
            ("affirme-t-elle", "elle"),
            "affirme",
        ),
        (
            "assumer des choix difficiles dans un contexte budgétaire contraint",
            "région Hauts-de-France",
            "la région Hauts-de-France",
            "affirme",
        ),
        (
            "parmi les plus élevées de France",
            "région Hauts-de-France",
            "la région Hauts-de-France",
            "souligne",
        ),
        ("Une production baroque", "Gérald Monnier-Hautecœur", "le vice-président", "a répliqué"),
        (
            "coûte trois fois ce que coûte un concert symphonique. Nous devons faire des choix.",
            "Gérald Monnier-Hautecœur",
            "le vice-président",
            "a répliqué",
        ),
        (
            "par un courriel de quatre lignes",
            "Clémence Abadie-Roux",
            "Clémence Abadie-Roux",
            "raconte",
        ),
        (
            "Mon agent m’a appelée en me disant : “Ne signe rien d’autre, on attend.” J’ai attendu trois mois pour rien",
            "Clémence Abadie-Roux",
            ("confie-t-elle", "elle"),
            "confie",
        ),
        (
            "Rameau a survécu à la Révolution, il survivra à un budget régional. Mais ce sont les jeunes chanteurs qui paient l’addition",
            "Raphaël Dumont-Kerviel",
            ("a-t-il glissé", "il"),
            "a-t-il glissé",
        ),
    ],
    ["Castor et Pollux", "Castor et Pollux", "Sauvons Castor", "Orfeo"],
)

article(
    "blind36-fr08",
    "fr",
    """Explosion au silo de Voves : « J’ai vu la porte voler », raconte l’ouvrier blessé

Par Thomas Rivière | Publié le 19/11/2025 à 18h40 | Mis à jour le 19/11/2025 à 21h05

Le tribunal correctionnel de Chartres a examiné mardi l’explosion survenue le 3 août 2023 dans le silo de la coopérative Beauce Céréales Avenir, à Voves. Deux salariés avaient été grièvement brûlés. La coopérative et son directeur de site, Didier Gauthier-Piel, 56 ans, sont poursuivis pour blessures involontaires.
À la barre, Kévin Morisseau, 27 ans, les mains encore gantées de compression, a raconté cette fin d’après-midi de moisson. « J’étais en haut de l’élévateur. Il y a eu un bruit sourd, puis j’ai vu la porte voler. Je me suis retrouvé par terre, je ne sentais plus mes mains. »
Le rapport de l’inspection du travail, lu à l’audience, évoque « une accumulation de poussières visible à l’œil nu » et un système d’aspiration « hors service depuis au moins trois semaines » au moment des faits.
Lire aussi : Silos : la Beauce face au risque d’explosion
« Vous saviez que l’aspiration était en panne ? » a demandé la présidente, Anne-Sophie Leclerc-Bauduin.
« On avait commandé la pièce. On attendait la livraison », a répondu le directeur de site, d’une voix à peine audible.
« Et en attendant, on continuait à faire tourner ? »
« C’était la moisson, madame la présidente. »
Un silence a suivi. Dans la salle, une trentaine de salariés de la coopérative, venus soutenir leurs collègues, ont baissé la tête.
Le procureur adjoint, Fabien Coste-Marchal, a requis dix-huit mois d’emprisonnement avec sursis contre le directeur et 150 000 euros d’amende contre la coopérative. « Personne n’a voulu blesser qui que ce soit. Mais ce jour-là, on a choisi la récolte plutôt que la sécurité », a-t-il lancé.
« Mon client n’a jamais caché les difficultés, a plaidé Me Laure Vannier-Desroches, avocate de Didier Gauthier-Piel. Il avait alerté sa hiérarchie par écrit, deux fois, et on lui a répondu d’attendre la fin de la campagne. » L’avocate a demandé la relaxe de son client.
Photo d’illustration © Archives L’Écho républicain
Dans un communiqué diffusé après l’audience, la coopérative dit avoir « investi 1,2 million d’euros dans la mise en conformité de ses sites » depuis l’accident, et exprime « sa pleine solidarité » avec les deux salariés.
Le second blessé, toujours en rééducation, n’a pas pu assister à l’audience. « Eux parlent de pièces et de commandes. Nous, on parle de greffes de peau », soufflait pendant la suspension une proche de ce cariste de 34 ans.
Jugement le 14 janvier.
Réagir à cet article""",
    [
        ("J’ai vu la porte voler", "Kévin Morisseau", "l’ouvrier blessé", "raconte"),
        (
            "J’étais en haut de l’élévateur. Il y a eu un bruit sourd, puis j’ai vu la porte voler. Je me suis retrouvé par terre, je ne sentais plus mes mains.",
            "Kévin Morisseau",
            "Kévin Morisseau",
            "a raconté",
        ),
        (
            "une accumulation de poussières visible à l’œil nu",
            "inspection du travail",
            "l’inspection du travail",
            "évoque",
        ),
        (
            "hors service depuis au moins trois semaines",
            "inspection du travail",
            "l’inspection du travail",
            "évoque",
        ),
        (
            "Vous saviez que l’aspiration était en panne ?",
            "Anne-Sophie Leclerc-Bauduin",
            "Anne-Sophie Leclerc-Bauduin",
            "a demandé",
        ),
        (
            "On avait commandé la pièce. On attendait la livraison",
            "Didier Gauthier-Piel",
            "le directeur de site",
            "a répondu",
        ),
        (
            "Et en attendant, on continuait à faire tourner ?",
            "Anne-Sophie Leclerc-Bauduin",
            None,
            None,
        ),
        ("C’était la moisson, madame la présidente.", "Didier Gauthier-Piel", None, None),
        (
            "Personne n’a voulu blesser qui que ce soit. Mais ce jour-là, on a choisi la récolte plutôt que la sécurité",
            "Fabien Coste-Marchal",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Mon client n’a jamais caché les difficultés",
            "Laure Vannier-Desroches",
            "Me Laure Vannier-Desroches",
            "a plaidé",
        ),
        (
            "Il avait alerté sa hiérarchie par écrit, deux fois, et on lui a répondu d’attendre la fin de la campagne.",
            "Laure Vannier-Desroches",
            "Me Laure Vannier-Desroches",
            "a plaidé",
        ),
        (
            "investi 1,2 million d’euros dans la mise en conformité de ses sites",
            "Beauce Céréales Avenir",
            ("la coopérative dit", "la coopérative"),
            "dit",
        ),
        (
            "sa pleine solidarité",
            "Beauce Céréales Avenir",
            ("la coopérative dit", "la coopérative"),
            "exprime",
        ),
        (
            "Eux parlent de pièces et de commandes. Nous, on parle de greffes de peau",
            "proche",
            "une proche",
            "soufflait",
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind36_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
