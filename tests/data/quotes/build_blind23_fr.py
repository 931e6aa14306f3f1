# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind23_fr.jsonl: a twenty-third blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a footbridge over the Moselle closed
after an engineering report (L'Est Républicain, a quote and a title-only cue in the headline,
the report quoted, an interrupted quote), a condo tower evacuated over cracked columns (La
Presse, Montréal: the city, an old e-mail, a lawyer's written statement, an anonymous owner),
private generators defying a price cap in Beirut (L'Orient-Le Jour: an owner known by his
nickname, the ministry, an anonymous official, a residents' committee), a TV series shot with
real shepherds (Télérama culture: series and film titles, a nested “ ” memory, a wildlife
association's communiqué), cows on a Valais railway line (Le Matin, Swiss unpadded marks, the
newspaper's name in marks, a railway company with a short name in brackets), farmland occupied
against a logistics warehouse (Reporterre: a banner slogan, a developer's letter, a
multi-paragraph testimony, the prefecture), a government spokeswoman defending a parcel levy
(BFMTV: straight " marks and apostrophes, a transcribed Q&A whose unmarked answers are not
listed, an opposition post, an unnamed adviser) and a hotel chambermaids' strike (L'Humanité: a
subcontractor's communiqué, the hotel's press office, a nested “ ” order, a strike-fund name).
Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind23_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind23-fr01",
    "fr",
    f"""Passerelle de la Moselle fermée : « Il n’y avait plus le choix », assure le maire

Sandrine Collignon - Aujourd’hui à 05:40 - Temps de lecture : 3 min

La passerelle des Tanneurs, fermée depuis mardi soir. Photo ER /Alexandre Prévot
Les cyclistes et les piétons qui l’empruntaient chaque jour pour rejoindre la zone d’activités de l’autre rive devront faire un détour de 2,5 km. Depuis mardi soir, la passerelle des Tanneurs, qui enjambe la Moselle à Vaudreville-sur-Moselle, est fermée jusqu’à nouvel ordre, sur arrêté municipal.
« Il n’y avait plus le choix. Quand un ingénieur vous dit que la structure peut céder, vous ne prenez pas le risque », assure Bernard Thiriet, le maire (sans étiquette), qui a signé l’arrêté dans la foulée.
Le rapport du bureau d’études Structura Est, remis lundi à la commune, est sans appel. Il fait état d’une « corrosion avancée des câbles porteurs » et recommande « une fermeture immédiate à tout public ».
Construite en 1978, la passerelle avait fait l’objet d’une première alerte en 2019. À l’époque, la municipalité précédente avait programmé des travaux, jamais réalisés. «{NNB}On a perdu cinq ans, regrette M. Thiriet. Aujourd’hui, la réparation coûterait presque autant qu’une passerelle neuve.{NNB}»
L’ancien maire, Jacques Humbert, aujourd’hui conseiller d’opposition, conteste cette version : «{NNB}Les crédits étaient votés. C’est le Covid qui a tout décalé, et la nouvelle équipe n’a rien relancé pendant trois ans.{NNB}»
À lire aussi
Vaudreville : la piscine rouvre après deux ans de travaux
Sur la rive droite, la fermeture inquiète déjà. Gérante d’une boulangerie installée au pied de la passerelle, Annie Colin estime avoir perdu « un tiers des clients du matin » en deux jours. « Les ouvriers de la zone passaient prendre leur café et leur sandwich. Là, ils ne font pas le tour. »
Le club de canoë, dont le local se trouve sous l’ouvrage, a dû suspendre ses entraînements. «{NNB}On nous interdit même de passer dessous en bateau{NNB}», s’étonne son président, Yves Marchal.
La communauté de communes du Val de Moselle, compétente pour les mobilités douces, a promis dans un communiqué « une navette gratuite dès lundi » entre les deux rives, aux heures d’embauche et de débauche. Son président, Didier Schmitt, évoque un projet de nouvelle passerelle « à l’horizon 2029 », sans en préciser le financement.
Réagir
Le fil info""",
    [
        (
            "Il n’y avait plus le choix",
            "Bernard Thiriet",
            ("assure le maire", "le maire"),
            "assure",
        ),
        (
            "Il n’y avait plus le choix. Quand un ingénieur vous dit que la structure peut céder, vous ne prenez pas le risque",
            "Bernard Thiriet",
            "Bernard Thiriet",
            "assure",
        ),
        (
            "corrosion avancée des câbles porteurs",
            "Structura Est",
            ("Il fait état", "Il"),
            "fait état",
        ),
        (
            "une fermeture immédiate à tout public",
            "Structura Est",
            ("Il fait état", "Il"),
            "recommande",
        ),
        ("On a perdu cinq ans", "Bernard Thiriet", "M. Thiriet", "regrette"),
        (
            "Aujourd’hui, la réparation coûterait presque autant qu’une passerelle neuve.",
            "Bernard Thiriet",
            "M. Thiriet",
            "regrette",
        ),
        (
            "Les crédits étaient votés. C’est le Covid qui a tout décalé, et la nouvelle équipe n’a rien relancé pendant trois ans.",
            "Jacques Humbert",
            "Jacques Humbert",
            "conteste",
        ),
        ("un tiers des clients du matin", "Annie Colin", "Annie Colin", "estime"),
        (
            "Les ouvriers de la zone passaient prendre leur café et leur sandwich. Là, ils ne font pas le tour.",
            "Annie Colin",
            None,
            None,
        ),
        (
            "On nous interdit même de passer dessous en bateau",
            "Yves Marchal",
            "Yves Marchal",
            "s’étonne",
        ),
        (
            "une navette gratuite dès lundi",
            "communauté de communes du Val de Moselle",
            "La communauté de communes du Val de Moselle",
            "a promis",
        ),
        ("à l’horizon 2029", "Didier Schmitt", "Didier Schmitt", "évoque"),
    ],
)

article(
    "blind23-fr02",
    "fr",
    """Tour de copropriétés évacuée à Laval : « On nous a donné deux heures pour partir »

Isabelle Tremblay-Roy
La Presse
Publié à 6 h 00
Partager
Facebook Courriel

Ils sont partis avec une valise, leurs médicaments et, pour certains, leur chat. Jeudi soir, les 142 occupants du Carré Saint-Martin, une tour de copropriétés de 14 étages du quartier Chomedey, ont reçu l’ordre d’évacuer l’immeuble après la découverte de fissures dans deux colonnes du stationnement souterrain.
« On nous a donné deux heures pour partir. Deux heures pour 20 ans de vie », lance Ghislaine Ouellet, 74 ans, rencontrée vendredi matin au centre d’hébergement temporaire ouvert dans un aréna voisin. Elle a passé la nuit sur un lit de camp.
La Ville de Laval affirme avoir agi « par mesure de précaution ». « L’ingénieur mandaté par le syndicat de copropriété nous a avisés d’un risque pour la stabilité de la dalle. Dans ce contexte, on ne prend aucune chance », a expliqué la porte-parole de la Ville, Valérie Chartrand, en entrevue avec La Presse.
Selon nos informations, les fissures avaient été signalées une première fois en 2023 par un résidant. Dans un courriel envoyé aux copropriétaires en mars 2023 et consulté par La Presse, le président du conseil d’administration du syndicat, Robert Gingras, qualifiait les fissures d’« esthétiques » et écrivait que les travaux seraient réalisés « à une date ultérieure ».
Joint par La Presse, M. Gingras n’a pas voulu commenter. Son avocat, Me Stéphane Lapointe, a réagi par voie de déclaration écrite : « Mon client a toujours suivi les recommandations des professionnels consultés à l’époque. Il collaborera pleinement avec les autorités. »
À lire aussi
Inspection des stationnements : Québec promet un resserrement des règles
« Le sel de déglaçage entre avec les voitures, il s’infiltre dans le béton et il ronge l’armature. C’est un problème qu’on voit partout au Québec dans les bâtiments des années 1980 », explique l’ingénieur en structure Martin Béliveau, qui n’est pas lié au dossier. Selon lui, les travaux pourraient prendre « des mois, pas des semaines ».
Les copropriétaires devront probablement payer une cotisation spéciale. « On parle de 40 000 $ à 60 000 $ par unité, peut-être plus », a calculé un résidant qui préfère taire son nom, de peur de nuire à la revente de son condo.
En attendant, la Ville assure l’hébergement des sinistrés à l’hôtel pour une durée de deux semaines, renouvelable. Pour Ghislaine Ouellet, l’important est ailleurs : « Mon mari est mort dans cet appartement. Je veux juste savoir si je vais pouvoir y retourner. »""",
    [
        ("On nous a donné deux heures pour partir", "Ghislaine Ouellet", None, None),
        (
            "On nous a donné deux heures pour partir. Deux heures pour 20 ans de vie",
            "Ghislaine Ouellet",
            "Ghislaine Ouellet",
            "lance",
        ),
        ("par mesure de précaution", "Ville de Laval", "La Ville de Laval", "affirme"),
        (
            "L’ingénieur mandaté par le syndicat de copropriété nous a avisés d’un risque pour la stabilité de la dalle. Dans ce contexte, on ne prend aucune chance",
            "Valérie Chartrand",
            "Valérie Chartrand",
            "a expliqué",
        ),
        ("esthétiques", "Robert Gingras", "Robert Gingras", "qualifiait"),
        ("à une date ultérieure", "Robert Gingras", "Robert Gingras", "écrivait"),
        (
            "Mon client a toujours suivi les recommandations des professionnels consultés à l’époque. Il collaborera pleinement avec les autorités.",
            "Stéphane Lapointe",
            "Stéphane Lapointe",
            "a réagi",
        ),
        (
            "Le sel de déglaçage entre avec les voitures, il s’infiltre dans le béton et il ronge l’armature. C’est un problème qu’on voit partout au Québec dans les bâtiments des années 1980",
            "Martin Béliveau",
            "Martin Béliveau",
            "explique",
        ),
        ("des mois, pas des semaines", "Martin Béliveau", ("Selon lui", "lui"), "Selon"),
        (
            "On parle de 40 000 $ à 60 000 $ par unité, peut-être plus",
            "résidant",
            "un résidant qui préfère taire son nom",
            "a calculé",
        ),
        (
            "Mon mari est mort dans cet appartement. Je veux juste savoir si je vais pouvoir y retourner.",
            "Ghislaine Ouellet",
            "Ghislaine Ouellet",
            ("Pour Ghislaine", "Pour"),
        ),
    ],
)

article(
    "blind23-fr03",
    "fr",
    f"""À Achrafieh, les propriétaires de générateurs relèvent leurs tarifs malgré la décision du ministère

Liban - Énergie
Par Rania Khoury, le 14 novembre 2026 à 00h00
Lecture : 4 min

Depuis le début du mois, les abonnés aux générateurs privés de plusieurs rues d’Achrafieh paient leur kilowattheure jusqu’à 30 % plus cher que le tarif plafond fixé le mois dernier par le ministère de l’Économie. Les propriétaires invoquent la hausse du prix du mazout.
« Le ministère publie un tarif chaque mois, mais il ne paie ni le mazout, ni les pièces, ni mes employés », lance Fadi Nassar, propriétaire de trois générateurs du quartier, que tout le monde appelle Abou Karim. « Si je respecte ce prix, je ferme. Et si je ferme, 600 familles restent dans le noir. » (Propos traduits de l’arabe.)
Au ministère, on rappelle que le tarif est « obligatoire » et que les contrevenants s’exposent à « des amendes et à la saisie des équipements ». Un responsable, qui a requis l’anonymat, reconnaît toutefois que les contrôles sont « rares, faute d’inspecteurs ».
Lire aussi
Courant public : trois heures par jour dans la capitale
Dans l’immeuble où elle vit avec ses deux enfants, Maya Sfeir, enseignante dans une école privée, a fait ses comptes. «{NB}Ma facture de générateur a dépassé mon salaire en octobre. Mon salaire entier{NB}», dit-elle en montrant le reçu, griffonné à la main. Elle a réduit son abonnement de 10 à 5 ampères : plus de chauffe-eau, plus de machine à laver.
Son voisin du troisième, Georges, retraité de l’armée, a carrément résilié le sien. «{NB}Je vis avec une batterie et deux lampes. À mon âge, j’ai connu la guerre, je connaîtrai bien ça{NB}», sourit-il.
Le Comité des résidents de Mar Mitr a appelé dans un communiqué à « un boycott des factures abusives » et dit avoir transmis au ministère une liste de onze propriétaires de générateurs. Abou Karim, lui, assure qu’il n’a « rien à cacher » et affiche ses tarifs sur la porte de son local.
Pour l’économiste Nadim Aoun, le problème est structurel. «{NB}Tant que l’État ne produit pas d’électricité, le générateur du quartier restera un monopole de fait. Le ministère peut fixer tous les tarifs qu’il veut{NB}», estime-t-il, rappelant que les générateurs privés couvrent désormais « plus de 80 % des besoins » de la capitale.
Abonnez-vous à L’Orient-Le Jour pour lire tous nos articles
Partager sur WhatsApp Partager sur Facebook""",
    [
        (
            "Le ministère publie un tarif chaque mois, mais il ne paie ni le mazout, ni les pièces, ni mes employés",
            "Fadi Nassar",
            "Fadi Nassar",
            "lance",
        ),
        (
            "Si je respecte ce prix, je ferme. Et si je ferme, 600 familles restent dans le noir.",
            "Fadi Nassar",
            None,
            None,
        ),
        ("obligatoire", "ministère de l’Économie", ("Au ministère", "ministère"), "rappelle"),
        (
            "des amendes et à la saisie des équipements",
            "ministère de l’Économie",
            ("Au ministère", "ministère"),
            "rappelle",
        ),
        ("rares, faute d’inspecteurs", "responsable", "Un responsable", "reconnaît"),
        (
            "Ma facture de générateur a dépassé mon salaire en octobre. Mon salaire entier",
            "Maya Sfeir",
            ("dit-elle", "elle"),
            "dit",
        ),
        (
            "Je vis avec une batterie et deux lampes. À mon âge, j’ai connu la guerre, je connaîtrai bien ça",
            "Georges",
            ("sourit-il", "il"),
            "sourit",
        ),
        (
            "un boycott des factures abusives",
            "Comité des résidents de Mar Mitr",
            "Le Comité des résidents de Mar Mitr",
            "a appelé",
        ),
        ("rien à cacher", "Fadi Nassar", "Abou Karim", "assure"),
        (
            "Tant que l’État ne produit pas d’électricité, le générateur du quartier restera un monopole de fait. Le ministère peut fixer tous les tarifs qu’il veut",
            "Nadim Aoun",
            ("estime-t-il", "il"),
            "estime",
        ),
        ("plus de 80 % des besoins", "Nadim Aoun", ("estime-t-il", "il"), "rappelant"),
    ],
)

article(
    "blind23-fr04",
    "fr",
    """« Les Sentinelles », sur Canopée+ : la série qui fait jouer les bergers du Vercors

Pour sa première série, la réalisatrice Chloé Berthier a confié les rôles principaux à de vrais éleveurs. Un pari risqué, et réussi.

Sophie Aldebert
Publié le 14 novembre 2026 à 08h00
Partager
Ajouter à ma liste

TT On aime beaucoup
Elle a passé deux hivers dans un hameau au-dessus de Villard-de-Lans avant d’écrire une ligne. Pour « Les Sentinelles », six épisodes de quarante minutes mis en ligne ce vendredi, Chloé Berthier a choisi des éleveurs qui n’avaient jamais joué. « Je ne voulais pas filmer des comédiens qui font semblant de savoir tenir un chien de troupeau, explique-t-elle. Le moindre geste faux, les gens d’ici l’auraient vu tout de suite. »
Le résultat est troublant. Peu de dialogues, beaucoup de brouillard, des nuits entières passées à guetter le troupeau à la lampe frontale. Et ces longs silences que la cinéaste dit avoir « volés à la montagne », au prix de semaines d’attente pour une lumière ou un orage.
Au centre du récit, Lucien Arnaud, 58 ans, éleveur de brebis à Corrençon, dont le personnage perd trente bêtes en une nuit. « Ça, je l’ai vécu en 2021. Quand Chloé m’a demandé de rejouer la scène, je lui ai dit : “Tu me demandes de revivre le pire jour de ma vie.” Elle m’a répondu qu’elle arrêterait si je voulais. J’ai pas voulu », raconte-t-il.
À voir aussi
Nos séries préférées de l’automne
La série n’a pas fait que des heureux. L’association de protection de la faune Grand Prédateur Libre a dénoncé dans un communiqué une fiction « à charge », qui « réduit le loup à une menace ». Chloé Berthier balaie le reproche : « Je ne prends pas parti. Je montre la peur, et la peur existe, qu’on soit d’accord ou non avec elle. »
On pense souvent au documentaire « Les Saisons d’Hector », que la réalisatrice cite volontiers, et à ses plans fixes sur les estives. Mais « Les Sentinelles » ose davantage : une intrigue policière, presque un western, où l’on ne voit jamais le loup. Les scènes de conseil municipal, tournées dans la vraie mairie du village avec les vrais élus, sont d’une drôlerie involontaire qui rappelle que la réalisatrice vient du documentaire.
Sa productrice, Anne-Laure Vidal, confie que la plateforme a déjà commandé une deuxième saison. « Les éleveurs nous ont dit oui avant même qu’on leur demande », s’amuse-t-elle.
Les Sentinelles, série de Chloé Berthier. Six épisodes sur Canopée+.
Recevez la lettre Séries de Télérama""",
    [
        (
            "Je ne voulais pas filmer des comédiens qui font semblant de savoir tenir un chien de troupeau",
            "Chloé Berthier",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Le moindre geste faux, les gens d’ici l’auraient vu tout de suite.",
            "Chloé Berthier",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        ("volés à la montagne", "Chloé Berthier", "la cinéaste", "dit"),
        (
            "Ça, je l’ai vécu en 2021. Quand Chloé m’a demandé de rejouer la scène, je lui ai dit : “Tu me demandes de revivre le pire jour de ma vie.” Elle m’a répondu qu’elle arrêterait si je voulais. J’ai pas voulu",
            "Lucien Arnaud",
            ("raconte-t-il", "il"),
            "raconte",
        ),
        ("à charge", "Grand Prédateur Libre", "Grand Prédateur Libre", "a dénoncé"),
        (
            "réduit le loup à une menace",
            "Grand Prédateur Libre",
            "Grand Prédateur Libre",
            "a dénoncé",
        ),
        (
            "Je ne prends pas parti. Je montre la peur, et la peur existe, qu’on soit d’accord ou non avec elle.",
            "Chloé Berthier",
            "Chloé Berthier",
            "balaie",
        ),
        (
            "Les éleveurs nous ont dit oui avant même qu’on leur demande",
            "Anne-Laure Vidal",
            ("s’amuse-t-elle", "elle"),
            "s’amuse",
        ),
    ],
    ["Les Sentinelles", "Les Sentinelles", "Les Saisons d’Hector", "Les Sentinelles"],
)

article(
    "blind23-fr05",
    "fr",
    """Vaches sur les voies: «Elles ont suivi la plus curieuse»

Un troupeau échappé d’un pâturage a paralysé le trafic ferroviaire entre Sierre et Loèche mardi matin. L’éleveur s’explique.

Laurent Savioz
Publié aujourd’hui à 11h02

Il était un peu plus de 6 h 30 mardi lorsque le mécanicien d’un train régional a aperçu les premières bêtes sur la voie, à la hauteur de Salquenen. Le convoi a pu freiner à temps. Mais pendant près de deux heures, la circulation a été totalement interrompue.
«Une clôture électrique a été arrachée dans la nuit, probablement par un cerf. Les vaches ont suivi la plus curieuse, comme toujours», explique Raphaël Zufferey, l’éleveur, joint par téléphone. Le Valaisan de 43 ans dit avoir été réveillé à 6 h 40 par un appel de la police. «J’ai cru à une blague.»
Les Chemins de fer du Haut-Rhône (CFHR) ont dû organiser des bus de remplacement. «Environ 1400 voyageurs ont été touchés, dont beaucoup d’écoliers et de pendulaires», indique leur porte-parole, Nadine Berclaz, au «Matin». La compagnie annonce qu’elle «étudie la possibilité» de facturer une partie des frais à l’éleveur.
La police cantonale valaisanne confirme qu’«aucun animal n’a été blessé» et qu’une dénonciation a été transmise au Ministère public.
L’éleveur, lui, espère que son assurance couvrira les frais. «Je paie une RC depuis vingt ans. Si ça ne sert pas pour ça, ça sert à quoi?» lâche-t-il.
Sur les réseaux sociaux, de nombreux pendulaires ont pris l’incident avec humour. «Retard dû à une assemblée générale bovine», a ironisé une internaute sur X, photo à l’appui. Pas tous: «J’ai raté un examen à Sion à cause de ça. Je dois attendre la session de février», déplore Léa, étudiante de 21 ans, qui attendait en gare de Sierre.
Ce n’est pas la première fois que des animaux s’invitent sur les voies dans la région. En 2024, un troupeau de chèvres avait bloqué un train pendant quarante minutes près de Viège. Après l’incident, M. Zufferey a promis d’installer une double clôture le long de la voie. «Ça coûte cher, mais moins cher qu’une deuxième matinée comme celle-là», conclut-il.
Vous avez trouvé une erreur? Signalez-la.
Newsletter «Le Matin» – Les infos du jour dans ta boîte mail""",
    [
        ("Elles ont suivi la plus curieuse", "Raphaël Zufferey", None, None),
        (
            "Une clôture électrique a été arrachée dans la nuit, probablement par un cerf. Les vaches ont suivi la plus curieuse, comme toujours",
            "Raphaël Zufferey",
            "Raphaël Zufferey",
            "explique",
        ),
        ("J’ai cru à une blague.", "Raphaël Zufferey", None, None),
        (
            "Environ 1400 voyageurs ont été touchés, dont beaucoup d’écoliers et de pendulaires",
            "Nadine Berclaz",
            "Nadine Berclaz",
            "indique",
        ),
        ("étudie la possibilité", "Chemins de fer du Haut-Rhône", "La compagnie", "annonce"),
        (
            "aucun animal n’a été blessé",
            "police cantonale valaisanne",
            "La police cantonale valaisanne",
            "confirme",
        ),
        (
            "Je paie une RC depuis vingt ans. Si ça ne sert pas pour ça, ça sert à quoi?",
            "Raphaël Zufferey",
            ("lâche-t-il", "il"),
            "lâche",
        ),
        ("Retard dû à une assemblée générale bovine", "internaute", "une internaute", "a ironisé"),
        (
            "J’ai raté un examen à Sion à cause de ça. Je dois attendre la session de février",
            "Léa",
            "Léa",
            "déplore",
        ),
        (
            "Ça coûte cher, mais moins cher qu’une deuxième matinée comme celle-là",
            "Raphaël Zufferey",
            ("conclut-il", "il"),
            "conclut",
        ),
    ],
    ["Matin", "Le Matin"],
)

article(
    "blind23-fr06",
    "fr",
    f"""Dans la Beauce, paysans et militants occupent les terres d’un futur entrepôt géant

Un projet d’entrepôt logistique de 14 hectares menace des terres parmi les plus fertiles de France. Depuis dix jours, une centaine de personnes occupent le champ.

Par Mathilde Gosselin (Reporterre)
14 novembre 2026 à 09h23, mis à jour le 14 novembre 2026 à 10h05
Durée de lecture : 5 minutes
Luttes Agriculture

Ormoy-la-Plaine (Eure-et-Loir), reportage
Au bord de la départementale, une banderole claque dans le vent : « Des patates, pas des palettes ». Derrière, une vingtaine de tentes, une cuisine collective sous un barnum et, au milieu du champ de blé fraîchement semé, une cabane en palettes qui sert de salle de réunion.
« Mon grand-père a drainé cette terre à la main. On ne va pas la recouvrir de béton pour stocker des colis », dit Thierry Bouchard, 56 ans, céréalier dont la ferme jouxte le terrain. Il a prêté son tracteur pour barrer l’entrée du chantier.
Le promoteur, Logipôle Développement, assure que le projet créera « 450 emplois directs ». Contacté par Reporterre, son directeur général, Frédéric Aumont, n’a pas répondu à nos sollicitations. Dans un courrier adressé aux riverains en septembre, il évoquait « un projet exemplaire sur le plan environnemental », avec des panneaux solaires sur « 100 % des toitures ».
Les occupants du champ d’Ormoy, le 12 novembre. © Mathilde Gosselin / Reporterre
Parmi les occupants, Inès, 24 ans, ingénieure agronome, a démissionné de son poste dans un bureau d’études pour venir ici.
« J’ai passé deux ans à calculer des bilans carbone pour des entreprises qui ne changeaient rien. Ici, au moins, je sais à quoi je sers.
« Les gendarmes passent tous les matins. On leur offre du café. Ils refusent, mais poliment », raconte-t-elle en riant.
La préfecture d’Eure-et-Loir a délivré le permis de construire en juillet. Elle indique à Reporterre que «{NB}toutes les procédures ont été respectées{NB}» et que «{NB}l’évacuation du terrain sera envisagée si l’occupation se prolonge{NB}».
«{NB}Ce sont des limons profonds, parmi les plus productifs d’Europe. Une fois imperméabilisés, c’est fini : on ne recrée pas un sol pareil à l’échelle humaine{NB}», alerte Claire Vannier, chercheuse en science des sols, venue parler aux occupants samedi.
Le maire d’Ormoy-la-Plaine, Joël Péan, favorable au projet, dit comprendre « l’émotion », mais rappelle que la commune attend « 600 000 euros de taxe foncière par an ».
Nous avons un petit service à vous demander. Reporterre est un média indépendant, sans publicité, en accès libre. Je soutiens Reporterre""",
    [
        (
            "Mon grand-père a drainé cette terre à la main. On ne va pas la recouvrir de béton pour stocker des colis",
            "Thierry Bouchard",
            "Thierry Bouchard",
            "dit",
        ),
        ("450 emplois directs", "Logipôle Développement", "Logipôle Développement", "assure"),
        (
            "un projet exemplaire sur le plan environnemental",
            "Frédéric Aumont",
            ("il évoquait", "il"),
            "évoquait",
        ),
        ("100 % des toitures", "Frédéric Aumont", ("il évoquait", "il"), "évoquait"),
        (
            "J’ai passé deux ans à calculer des bilans carbone pour des entreprises qui ne changeaient rien. Ici, au moins, je sais à quoi je sers.",
            "Inès",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "Les gendarmes passent tous les matins. On leur offre du café. Ils refusent, mais poliment",
            "Inès",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "toutes les procédures ont été respectées",
            "préfecture d’Eure-et-Loir",
            "Elle",
            "indique",
        ),
        (
            "l’évacuation du terrain sera envisagée si l’occupation se prolonge",
            "préfecture d’Eure-et-Loir",
            "Elle",
            "indique",
        ),
        (
            "Ce sont des limons profonds, parmi les plus productifs d’Europe. Une fois imperméabilisés, c’est fini : on ne recrée pas un sol pareil à l’échelle humaine",
            "Claire Vannier",
            "Claire Vannier",
            "alerte",
        ),
        ("l’émotion", "Joël Péan", "Joël Péan", "dit"),
        ("600 000 euros de taxe foncière par an", "Joël Péan", "Joël Péan", "rappelle"),
    ],
    ["Des patates, pas des palettes"],
)

article(
    "blind23-fr07",
    "fr",
    """"Ce n'est pas une taxe": la porte-parole du gouvernement défend la contribution sur les colis

M.L. avec AFP
Le 14/11/2026 à 8:47
Partager

Invitée de BFMTV ce vendredi, la porte-parole du gouvernement, Élodie Bertrand-Cavaillé, a défendu la contribution d'un euro par colis livré à domicile prévue dans le projet de loi de finances. "Ce n'est pas une taxe sur les consommateurs, c'est une contribution demandée aux plateformes qui saturent nos centres-villes de camionnettes", a-t-elle affirmé.
Interrogée sur le risque de voir le coût répercuté sur les clients, elle a répondu sans détour au journaliste Maxime Roussel.
- Les consommateurs vont payer au final, non?
- Non. Nous avons prévu que la contribution ne puisse pas être répercutée sur le prix affiché. Les plateformes le savent.
- Comment allez-vous le contrôler?
- Les services de contrôle le feront, comme ils le font déjà pour les soldes. Et les sanctions seront dissuasives.
Sur X, le député d'opposition Thomas Giraudeau a dénoncé "un impôt déguisé de plus". "Les Français paieront, comme toujours. Les plateformes ne sont pas des philanthropes", a-t-il écrit.
VIDÉO - Colis: la porte-parole du gouvernement répond aux critiques
La Fédération du e-commerce et de la livraison (FECL) a fustigé dans un communiqué "une mesure punitive qui frappera d'abord les petits commerçants en ligne". "Les grandes plateformes absorberont le coût. Les TPE, non", estime son délégué général, Olivier Cassan, qui réclame une exonération pour les entreprises de moins de dix salariés.
Selon un conseiller ministériel interrogé par BFMTV, la mesure devrait rapporter "autour de 900 millions d'euros" dès 2027. Une partie servirait à financer des centres de distribution mutualisés en périphérie des grandes villes.
La porte-parole a par ailleurs jugé "prématuré" de parler d'un recours au 49.3 pour faire adopter le budget. "On prendra le temps du débat. Il n'y a aucune raison d'avoir peur du Parlement", a-t-elle lancé. "Le 49.3, a-t-elle ajouté, n'est pas une fin en soi."
Le texte doit être examiné en séance publique à l'Assemblée nationale à partir du 24 novembre. Plusieurs groupes ont déjà déposé des amendements de suppression de l'article.
Les plus lus""",
    [
        ("Ce n'est pas une taxe", "Élodie Bertrand-Cavaillé", None, None),
        (
            "Ce n'est pas une taxe sur les consommateurs, c'est une contribution demandée aux plateformes qui saturent nos centres-villes de camionnettes",
            "Élodie Bertrand-Cavaillé",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        ("un impôt déguisé de plus", "Thomas Giraudeau", "Thomas Giraudeau", "a dénoncé"),
        (
            "Les Français paieront, comme toujours. Les plateformes ne sont pas des philanthropes",
            "Thomas Giraudeau",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "une mesure punitive qui frappera d'abord les petits commerçants en ligne",
            "Fédération du e-commerce et de la livraison",
            "La Fédération du e-commerce et de la livraison",
            "a fustigé",
        ),
        (
            "Les grandes plateformes absorberont le coût. Les TPE, non",
            "Olivier Cassan",
            "Olivier Cassan",
            "estime",
        ),
        (
            "autour de 900 millions d'euros",
            "conseiller ministériel",
            "un conseiller ministériel",
            "Selon",
        ),
        ("prématuré", "Élodie Bertrand-Cavaillé", "La porte-parole", "a par ailleurs jugé"),
        (
            "On prendra le temps du débat. Il n'y a aucune raison d'avoir peur du Parlement",
            "Élodie Bertrand-Cavaillé",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("Le 49.3", "Élodie Bertrand-Cavaillé", ("a-t-elle ajouté", "elle"), "a-t-elle ajouté"),
        (
            "n'est pas une fin en soi.",
            "Élodie Bertrand-Cavaillé",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
    ],
)

article(
    "blind23-fr08",
    "fr",
    f"""Grève au Grand Hôtel Castellane : « On nettoie leur luxe, on veut notre dignité »

Depuis soixante-huit jours, vingt-cinq salariées d’un sous-traitant du nettoyage tiennent le piquet devant un palace du 8e arrondissement.

Par Julien Lebrun
Publié le 14 novembre 2026
Social et Économie

Devant la porte à tambour du Grand Hôtel Castellane, dans le 8e arrondissement de Paris, les grévistes tapent sur des casseroles depuis 7 heures du matin. Vingt-trois femmes de chambre et deux gouvernantes, salariées du sous-traitant Net’Palace Services, ont cessé le travail le 7 septembre.
«{NB}On nettoie leur luxe, on veut notre dignité. Une chambre à 900 euros la nuit, et nous, on est payées à la chambre, pas à l’heure{NB}», résume Fatoumata Sissoko, 47 ans, dont vingt passés à faire des lits dans les palaces parisiens.
Les grévistes réclament leur intégration dans les effectifs de l’hôtel, la fin du paiement à la tâche et une prime de pénibilité. Leur cadence actuelle : «{NB}Dix-sept chambres en sept heures, quand ça va bien{NB}», selon Mme Sissoko.
«{NB}La cheffe d’équipe m’a dit : “Si tu n’es pas contente, il y en a dix qui attendent ta place.” Ce jour-là, j’ai compris qu’il fallait se battre{NB}», raconte Rokia Camara, gouvernante depuis 2011, les mains abîmées par les produits ménagers.
Lire aussi
Sous-traitance : la loi sur le nettoyage toujours dans les cartons
Dans un communiqué, Net’Palace Services regrette «{NB}un conflit entretenu par des acteurs extérieurs à l’entreprise{NB}» et affirme que ses salariées sont «{NB}rémunérées au-dessus des minima de la branche{NB}».
La direction du Grand Hôtel Castellane, elle, se retranche derrière son prestataire. «{NB}Nous ne sommes pas l’employeur de ces personnes et n’avons pas à interférer dans ce conflit{NB}», nous a répondu par courriel le service de communication de l’hôtel.
«{NB}Ce n’est pas un conflit extérieur, c’est la loi du plus fort qui est contestée. Ces femmes font tourner l’hôtel, pas le prestataire{NB}», rétorque Karim Boudjema, le défenseur syndical qui accompagne les grévistes depuis le premier jour.
Venue soutenir les grévistes mercredi, la députée de Paris Claire Ménard a dénoncé « une forme moderne de servage ». « Elles doivent être salariées de l’hôtel, point », a-t-elle déclaré, appelant la ministre du Travail à « convoquer les parties ».
La caisse de grève en ligne, baptisée « Castellane debout », a dépassé 41 000 euros. Chaque matin, des clients de l’hôtel glissent un billet dans la boîte posée sur le trottoir.
Soutenez l’Humanité : un journal indépendant a besoin de ses lecteurs. Je fais un don
Partager""",
    [
        ("On nettoie leur luxe, on veut notre dignité", "Fatoumata Sissoko", None, None),
        (
            "On nettoie leur luxe, on veut notre dignité. Une chambre à 900 euros la nuit, et nous, on est payées à la chambre, pas à l’heure",
            "Fatoumata Sissoko",
            "Fatoumata Sissoko",
            "résume",
        ),
        (
            "Dix-sept chambres en sept heures, quand ça va bien",
            "Fatoumata Sissoko",
            "Mme Sissoko",
            "selon",
        ),
        (
            "La cheffe d’équipe m’a dit : “Si tu n’es pas contente, il y en a dix qui attendent ta place.” Ce jour-là, j’ai compris qu’il fallait se battre",
            "Rokia Camara",
            "Rokia Camara",
            "raconte",
        ),
        (
            "un conflit entretenu par des acteurs extérieurs à l’entreprise",
            "Net’Palace Services",
            "Net’Palace Services",
            "regrette",
        ),
        (
            "rémunérées au-dessus des minima de la branche",
            "Net’Palace Services",
            "Net’Palace Services",
            "affirme",
        ),
        (
            "Nous ne sommes pas l’employeur de ces personnes et n’avons pas à interférer dans ce conflit",
            "Grand Hôtel Castellane",
            "le service de communication de l’hôtel",
            "a répondu",
        ),
        (
            "Ce n’est pas un conflit extérieur, c’est la loi du plus fort qui est contestée. Ces femmes font tourner l’hôtel, pas le prestataire",
            "Karim Boudjema",
            "Karim Boudjema",
            "rétorque",
        ),
        ("une forme moderne de servage", "Claire Ménard", "Claire Ménard", "a dénoncé"),
        (
            "Elles doivent être salariées de l’hôtel, point",
            "Claire Ménard",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        ("convoquer les parties", "Claire Ménard", ("a-t-elle déclaré", "elle"), "appelant"),
    ],
    ["Castellane debout"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind23_fr.jsonl"), WORDS_RANGE)
