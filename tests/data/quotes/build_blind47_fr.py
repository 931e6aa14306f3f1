# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind47_fr.jsonl: a forty-seventh blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a car park planned on a green square
in Paramé (Le Pays Malouin, Saint-Malo weekly: NBSP padding, a headline quote cued by "promet
l'adjoint", a nickname and a residents' collective in marks, an interrupted quote with the
speaker after the cue, a town hall communiqué with "Elle assure", an unnamed retiree without a
speech verb, "M. X" and a follow-on quote without cue), an electric-bike maker in receivership
(Les Echos, national business: NNBSP padding and curly apostrophes, a dek partial quote by "Son
PDG", a court judgment quoted as a document, a model name and a term in marks, an interrupted
quote with "le dirigeant", a consultant after a colon, a staff union with a short name in
brackets, a ministry's partial quote), an irrigation channel against a small hydro plant near
Leytron (Le Confédéré, Valais weekly: unpadded « », a headline quote with no cue spoken later,
a sign and a book title in marks, an interrupted quote with "relève-t-il", a cantonal service
with a short name in brackets quoted through its written opinion, an unnamed wine grower, "Et
de conclure"), beet mud on country roads in Walhain (Canal Zoom, Belgian local TV site: straight
" marks, a Facebook group's post with the group's name in marks, an unnamed farmer whose quote
runs on in the next paragraph, the bourgmestre by role noun, a commune's letter with
"écrit-elle", a police zone and a sugar factory answering by e-mail), outdoor rinks left shut in
Mercier-Hochelaga-Maisonneuve (Métro, Montréal: plain-spaced « », an interrupted quote with
"Mme X", a subheading quote, a union with a short name, a quote running over two paragraphs, a
Facebook group name in marks, the City answering by e-mail, an unnamed mother), a teachers'
strike in Kankan (Le Djely, Guinean site: plain-spaced « » and straight apostrophes, a headline
partial quote by "leur syndicat", a banner in marks, "le syndicaliste", a two-paragraph quote
after "Selon lui", a ministry called "le département" in its communiqué, an unnamed pupil),
sargassum stopping the Pinel boats (Le Pélican, Saint-Martin: unpadded “ ” with nested single
curly quotes, a boat's name in marks, an association with a short name, an interrupted quote
with "a-t-il indiqué", a prefecture's advice, a restaurant owner quoted over two paragraphs
after "dit-elle", an unnamed tourist) and a hospital's night mobile emergency unit suspended (Hospimedia,
hospital trade press: NBSP padding with one plain-spaced quote, a dek with two partial quotes
under one verb, an internal note quoted through "l'établissement", a follow-on quote without
cue, an interrupted quote, a regional health agency with a short name, a plan name in marks, an
unnamed nurse, a mayor's letter). Padding varies: NBSP, NNBSP, plain spaces, none. Gold
conventions are those of build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind47_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind47-fr01",
    "fr",
    f"""Paramé : «{NB}On ne touchera pas aux arbres{NB}», promet l'adjoint, les riverains restent méfiants

Saint-Malo · Publié le 26/11/2026 à 11h30
Gwenaëlle Hervé

Le projet de parking relais au square des Mouettes, à Rochebonne, a rempli la salle des Bruyères mardi soir. La Ville promet une compensation, le collectif d'habitants réclame une étude d'impact.

Ils étaient près de 150, mardi soir, serrés sur les chaises en plastique de la salle des Bruyères. À l'ordre du jour de cette réunion publique : le futur parking relais du square des Mouettes, un espace vert d'un hectare à deux rues de la digue, surnommé «{NB}le poumon de Rochebonne{NB}» par les habitants du quartier. Le projet prévoit 180 places et une navette vers l'intra-muros pendant la saison.

L'adjoint chargé des mobilités, Yannick Le Bihan, a voulu désamorcer la polémique d'entrée. «{NB}On ne touchera pas aux arbres. Les quatorze chênes verts du square seront conservés, c'est un engagement{NB}», a-t-il assuré, sous quelques sifflets.

Le collectif «{NB}Touche pas à mon square{NB}», créé en septembre et fort de 600 signatures, n'est pas convaincu pour autant. «{NB}Garder les arbres, c'est bien. Mais on coule du bitume tout autour, sur leurs racines, a répondu sa porte-parole, Annaïg Rouxel. Dans dix ans, ils seront morts, et on nous expliquera que c'est la faute de la sécheresse.{NB}»

Elle réclame «{NB}une véritable étude d'impact{NB}», confiée à un cabinet indépendant, avant tout vote du conseil municipal.

Lire aussi : Saint-Malo : la navette estivale vers l'intra-muros prolongée jusqu'en octobre

Une compensation promise

Dans un communiqué diffusé mercredi matin, la Ville de Saint-Malo rappelle que le parking doit permettre de «{NB}désengorger le boulevard Chateaubriand{NB}» en juillet et en août. Elle assure que la surface d'espace vert supprimée sera «{NB}compensée à 120{NB}%{NB}» sur une parcelle voisine, rue des Cormorans.

Un retraité de la rue des Cormorans, qui promène son chien tous les matins dans le square, a pris le micro en fin de réunion. «{NB}On nous parle de touristes et de navettes. Nous, on parle de l'endroit où nos petits-enfants apprennent à faire du vélo.{NB}» La salle l'a longuement applaudi.

Pour l'élue d'opposition Soizic Marteville, le dossier a été «{NB}ficelé avant même la concertation{NB}». Elle demande que la délibération soit retirée de l'ordre du jour du conseil de décembre.

«{NB}Nous avons entendu les inquiétudes. Rien n'est bouclé{NB}», a reconnu M. Le Bihan en fin de soirée, en promettant une seconde réunion en janvier.

«{NB}Mais ne rien faire, c'est laisser des milliers de voitures tourner chaque samedi d'août autour de la digue, à la recherche d'une place.{NB}»

Le conseil municipal doit examiner le dossier le 15 décembre.

Photo : Le square des Mouettes, à Rochebonne, mardi après-midi. © Le Pays Malouin / G. H.

Partager : Facebook · X · E-mail · Imprimer""",
    [
        ("On ne touchera pas aux arbres", "Yannick Le Bihan", "l'adjoint", "promet"),
        (
            "On ne touchera pas aux arbres. Les quatorze chênes verts du square seront conservés, c'est un engagement",
            "Yannick Le Bihan",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Garder les arbres, c'est bien. Mais on coule du bitume tout autour, sur leurs racines",
            "Annaïg Rouxel",
            "Annaïg Rouxel",
            "a répondu",
        ),
        (
            "Dans dix ans, ils seront morts, et on nous expliquera que c'est la faute de la sécheresse.",
            "Annaïg Rouxel",
            "Annaïg Rouxel",
            "a répondu",
        ),
        ("une véritable étude d'impact", "Annaïg Rouxel", ("Elle réclame", "Elle"), "réclame"),
        (
            "désengorger le boulevard Chateaubriand",
            "Ville de Saint-Malo",
            "la Ville de Saint-Malo",
            "rappelle",
        ),
        (
            f"compensée à 120{NB}%",
            "Ville de Saint-Malo",
            ("Elle assure", "Elle"),
            "assure",
        ),
        (
            "On nous parle de touristes et de navettes. Nous, on parle de l'endroit où nos petits-enfants apprennent à faire du vélo.",
            "retraité",
            "Un retraité",
            None,
        ),
        (
            "ficelé avant même la concertation",
            "Soizic Marteville",
            "Soizic Marteville",
            "Pour",
        ),
        (
            "Nous avons entendu les inquiétudes. Rien n'est bouclé",
            "Yannick Le Bihan",
            "M. Le Bihan",
            "a reconnu",
        ),
        (
            "Mais ne rien faire, c'est laisser des milliers de voitures tourner chaque samedi d'août autour de la digue, à la recherche d'une place.",
            "Yannick Le Bihan",
            "M. Le Bihan",
            None,
        ),
    ],
    ["le poumon de Rochebonne", "Touche pas à mon square"],
)

article(
    "blind47-fr02",
    "fr",
    f"""Vélo électrique : Cyclonord placé en redressement judiciaire

Le tribunal de commerce de Lille Métropole a ouvert mercredi une procédure de redressement à l’encontre du fabricant roubaisien, plombé par 40.000 vélos invendus. Son PDG espère un plan de reprise «{NNB}d’ici au printemps{NNB}».

Par Clémentine Vasseur
Publié le 25 nov. 2026 à 18:02Mis à jour le 25 nov. 2026 à 18:41

C’est une chute brutale pour l’une des figures de la «{NNB}vélorution{NNB}» française. Le tribunal de commerce de Lille Métropole a placé mercredi Cyclonord en redressement judiciaire, avec une période d’observation de six mois. Le fabricant de vélos à assistance électrique, qui emploie 310 salariés à Roubaix et à Wattrelos, avait déclaré sa cessation de paiements la semaine dernière.

Dans son jugement, le tribunal relève que la société est «{NNB}dans l’impossibilité de faire face à son passif exigible avec son actif disponible{NNB}», mais que son activité «{NNB}présente des perspectives sérieuses de redressement{NNB}». Un administrateur judiciaire a été désigné.

Des stocks hérités de l’après-Covid

Son PDG et cofondateur, Baptiste Lemaître, ne cherche pas d’excuses. «{NNB}Nous avons commandé en 2022 comme si la demande allait grimper éternellement. C’est une erreur, je l’assume{NNB}», reconnaît-il. Plus de 40.000 vélos, dont une bonne partie de son modèle cargo «{NNB}Beffroi{NNB}», dorment dans deux entrepôts loués à prix d’or.

«{NNB}Mais la marque est saine, poursuit le dirigeant. Notre carnet de commandes auprès des entreprises et des collectivités a progressé de 30{NNB}% cette année.{NNB}» Il dit avoir reçu «{NNB}plusieurs marques d’intérêt{NNB}», dont celle d’un industriel néerlandais.

Pour Hugues Tardif, associé chez Kerlan Conseil, Cyclonord n’est pas un cas isolé : «{NNB}Le marché français du vélo électrique a reculé de 12{NNB}% en deux ans. Les marques qui avaient misé sur le volume paient aujourd’hui la facture.{NNB}» Selon lui, «{NNB}trois ou quatre autres assembleurs{NNB}» se trouvent dans une situation comparable.

Lire aussi :
DÉCRYPTAGE - Vélo : pourquoi le marché français cale

Inquiétude chez les salariés

L’Union des salariés du cycle (USC), premier syndicat de l’entreprise, dénonce «{NNB}un gâchis industriel{NNB}». «{NNB}Les salariés n’ont pas passé ces commandes. Ce sont pourtant eux qu’on va faire payer{NNB}», s’agace son délégué central, Farid Benslimane. L’USC réclame «{NNB}un engagement écrit{NNB}» sur le maintien du site de Wattrelos.

Sollicité, le ministère de l’Économie assure suivre le dossier «{NNB}de très près{NNB}». L’entreprise avait bénéficié en 2023 d’un prêt garanti par l’Etat de 8 millions d’euros.

Le dirigeant, lui, se donne jusqu’au printemps pour présenter un repreneur ou un plan de continuation. «{NNB}On a une usine, un savoir-faire et des clients. Ce serait absurde de tout jeter{NNB}», insiste Baptiste Lemaître.

Clémentine Vasseur (Correspondante à Lille)""",
    [
        ("d’ici au printemps", "Baptiste Lemaître", "Son PDG", "espère"),
        (
            "dans l’impossibilité de faire face à son passif exigible avec son actif disponible",
            "tribunal de commerce de Lille Métropole",
            "le tribunal",
            "relève",
        ),
        (
            "présente des perspectives sérieuses de redressement",
            "tribunal de commerce de Lille Métropole",
            "le tribunal",
            "relève",
        ),
        (
            "Nous avons commandé en 2022 comme si la demande allait grimper éternellement. C’est une erreur, je l’assume",
            "Baptiste Lemaître",
            ("reconnaît-il", "il"),
            "reconnaît-il",
        ),
        ("Mais la marque est saine", "Baptiste Lemaître", "le dirigeant", "poursuit"),
        (
            f"Notre carnet de commandes auprès des entreprises et des collectivités a progressé de 30{NNB}% cette année.",
            "Baptiste Lemaître",
            "le dirigeant",
            "poursuit",
        ),
        ("plusieurs marques d’intérêt", "Baptiste Lemaître", ("Il dit", "Il"), "dit"),
        (
            f"Le marché français du vélo électrique a reculé de 12{NNB}% en deux ans. Les marques qui avaient misé sur le volume paient aujourd’hui la facture.",
            "Hugues Tardif",
            "Hugues Tardif",
            "Pour",
        ),
        ("trois ou quatre autres assembleurs", "Hugues Tardif", ("Selon lui", "lui"), "Selon"),
        (
            "un gâchis industriel",
            "Union des salariés du cycle",
            "L’Union des salariés du cycle",
            "dénonce",
        ),
        (
            "Les salariés n’ont pas passé ces commandes. Ce sont pourtant eux qu’on va faire payer",
            "Farid Benslimane",
            "Farid Benslimane",
            "s’agace",
        ),
        ("un engagement écrit", "Union des salariés du cycle", "L’USC", "réclame"),
        ("de très près", "ministère de l’Économie", "le ministère de l’Économie", "assure"),
        (
            "On a une usine, un savoir-faire et des clients. Ce serait absurde de tout jeter",
            "Baptiste Lemaître",
            "Baptiste Lemaître",
            "insiste",
        ),
    ],
    ["vélorution", "Beffroi"],
)

article(
    "blind47-fr03",
    "fr",
    """«Sans le bisse, le coteau redevient une steppe»

VALAIS CENTRAL – Le consortage du bisse des Rigoles s'oppose au projet de petite centrale sur le torrent de la Creusaz. La commune de Leytron cherche un compromis.

Nathalie Crettenand | 24 novembre 2026

Le chemin qui longe le bisse des Rigoles, au-dessus de Leytron, est d'ordinaire l'un des plus paisibles du coteau. Depuis la mise à l'enquête, le 6 novembre, d'un projet de petite centrale hydroélectrique sur le torrent de la Creusaz, il est devenu le théâtre d'une querelle comme le Valais en connaît depuis des siècles: celle du partage de l'eau.

Au départ du sentier, un vieux panneau de bois rappelle d'ailleurs la règle: «Eau du bisse – ne pas détourner».

«Sans le bisse, le coteau redevient une steppe. Nos grands-parents l'ont creusé à la pioche, on ne va pas le laisser à sec pour quelques kilowattheures», lance Jean-Daniel Roduit, président du consortage, qui regroupe 84 propriétaires de vignes et de prés. Le consortage a déposé une opposition formelle, votée à l'unanimité de son assemblée.

Porté par la société Énergie Creusaz SA, détenue à 60% par la commune, le projet prévoit une prise d'eau à 1450 mètres d'altitude. Son directeur, Olivier Michellod, dit comprendre les craintes, mais les juge «infondées». «Le débit réservé au bisse est garanti noir sur blanc par la concession, relève-t-il. Nous parlons d'un turbinage essentiellement hivernal, quand le bisse est vide de toute façon.»

Le canton au milieu

Le Service cantonal des eaux de montagne (SCEM) a rendu un préavis que Le Confédéré a pu consulter. Il juge le projet «compatible avec la protection des eaux, sous réserve d'un suivi du débit résiduel». Le SCEM demande aussi l'installation d'une sonde de mesure «accessible en ligne aux consorts».

Sur le chemin, une vigneronne qui redescend de son parchet, sécateur à la ceinture, hausse les épaules. «Ici, tout le monde a un avis sur l'eau. C'est normal, sans elle on n'a rien.»

L'historien Marc-Antoine Bender, auteur de «Bisses du Valais, une histoire d'eau», rappelle que les disputes autour des bisses sont «aussi vieilles que les bisses eux-mêmes». Au XVIIIe siècle, deux villages voisins s'étaient affrontés à coups de bâton pour une vanne déplacée de quelques centimètres.

Le président de Leytron, Patrice Gaudard, veut éviter d'en arriver là. «Le bisse fait partie de notre identité. Mais l'énergie renouvelable, c'est aussi l'avenir de nos enfants», dit-il. Il a proposé une séance de conciliation le 3 décembre, à laquelle les deux parties ont accepté de participer. Et de conclure: «On n'est pas à Berne, ici. On se parle encore entre voisins.»

L'enquête publique court jusqu'au 12 décembre.

Photo: Le bisse des Rigoles, au-dessus de Leytron, à la mi-novembre. LDD

À lire aussi: Riddes: la nouvelle déchetterie intercommunale ouvrira en janvier

Partager cet article""",
    [
        ("Sans le bisse, le coteau redevient une steppe", "Jean-Daniel Roduit", None, None),
        (
            "Sans le bisse, le coteau redevient une steppe. Nos grands-parents l'ont creusé à la pioche, on ne va pas le laisser à sec pour quelques kilowattheures",
            "Jean-Daniel Roduit",
            "Jean-Daniel Roduit",
            "lance",
        ),
        ("infondées", "Olivier Michellod", "Olivier Michellod", "juge"),
        (
            "Le débit réservé au bisse est garanti noir sur blanc par la concession",
            "Olivier Michellod",
            ("relève-t-il", "il"),
            "relève-t-il",
        ),
        (
            "Nous parlons d'un turbinage essentiellement hivernal, quand le bisse est vide de toute façon.",
            "Olivier Michellod",
            ("relève-t-il", "il"),
            "relève-t-il",
        ),
        (
            "compatible avec la protection des eaux, sous réserve d'un suivi du débit résiduel",
            "Service cantonal des eaux de montagne",
            ("Il juge", "Il"),
            "juge",
        ),
        (
            "accessible en ligne aux consorts",
            "Service cantonal des eaux de montagne",
            "Le SCEM",
            "demande",
        ),
        (
            "Ici, tout le monde a un avis sur l'eau. C'est normal, sans elle on n'a rien.",
            "vigneronne",
            "une vigneronne",
            None,
        ),
        (
            "aussi vieilles que les bisses eux-mêmes",
            "Marc-Antoine Bender",
            "Marc-Antoine Bender",
            "rappelle",
        ),
        (
            "Le bisse fait partie de notre identité. Mais l'énergie renouvelable, c'est aussi l'avenir de nos enfants",
            "Patrice Gaudard",
            ("dit-il", "il"),
            "dit-il",
        ),
        (
            "On n'est pas à Berne, ici. On se parle encore entre voisins.",
            "Patrice Gaudard",
            "Patrice Gaudard",
            "conclure",
        ),
    ],
    ["Eau du bisse – ne pas détourner", "Bisses du Valais, une histoire d'eau"],
)

article(
    "blind47-fr04",
    "fr",
    """Walhain : la boue des betteraves fait chuter les cyclistes, la commune hausse le ton

Publié le 23 novembre 2026 à 17h15
Par Julien Dethier

Société | Walhain

Depuis le début de la campagne betteravière, plusieurs routes de campagne de l'entité sont régulièrement recouvertes d'une couche de terre glissante. Dimanche matin, deux cyclistes ont chuté rue du Tilleul, à Tourinnes-Saint-Lambert.

Laurent Vanderhaegen, 54 ans, était l'un d'eux. Il roule chaque dimanche avec un groupe d'amis depuis une dizaine d'années. "J'ai freiné, la roue est partie. Je me suis retrouvé dans le fossé avant de comprendre ce qui se passait", raconte-t-il, le bras encore en écharpe. Le cycliste parle d'"un manque de respect total" de la part de certains exploitants.

Sur sa page Facebook, le groupe "Walhain à vélo" a publié dimanche soir des photos de la chaussée, accompagnées d'un message sans ambiguïté: "Ceci n'est pas un chemin de terre. C'est une route communale, et elle tue." La publication a été partagée plusieurs centaines de fois.

Un agriculteur de la commune, qui préfère garder l'anonymat, reconnaît que "tout le monde ne nettoie pas comme il faudrait".

"Mais quand il pleut trois jours d'affilée et que la sucrerie nous impose les dates d'arrachage, on fait ce qu'on peut. On ne va pas laisser les betteraves pourrir dans le champ."

La bourgmestre hausse le ton

La bourgmestre, Nathalie Deprez, rappelle que le règlement général de police est pourtant clair. "Celui qui salit la voirie doit la nettoyer le jour même. Ce n'est pas une option", insiste la bourgmestre.

La commune a envoyé la semaine dernière un courrier à tous les exploitants de l'entité. "Nous ne voulons pas opposer agriculteurs et cyclistes, qui ont tous leur place sur nos routes", écrit-elle dans ce courrier, qui menace toutefois de faire nettoyer les routes "aux frais du contrevenant".

Du côté de la zone de police Hesbaye-Dyle, on indique avoir dressé "trois procès-verbaux" depuis la mi-octobre. Le commissaire Marc Lejeune précise: "Nous verbalisons quand nous constatons. Mais nous ne pouvons pas être derrière chaque tracteur."

Lire aussi: Perwez: les travaux de la N29 reportés au printemps

Contactée, la Sucrerie de la Dyle, où sont livrées la plupart des betteraves de la région, renvoie la balle aux planteurs. "La propreté des routes relève de la responsabilité de chaque planteur", nous a répondu la sucrerie par e-mail, tout en promettant "une campagne de sensibilisation" avant la fin des arrachages.

Laurent Vanderhaegen, lui, a repris le vélo dès mercredi. "Mais plus sur ces routes-là, tant que la campagne n'est pas finie."

Photo: Rue du Tilleul, dimanche matin. © Canal Zoom

Partager sur Facebook | Partager sur X""",
    [
        (
            "J'ai freiné, la roue est partie. Je me suis retrouvé dans le fossé avant de comprendre ce qui se passait",
            "Laurent Vanderhaegen",
            ("raconte-t-il", "il"),
            "raconte-t-il",
        ),
        ("un manque de respect total", "Laurent Vanderhaegen", "Le cycliste", "parle"),
        (
            "Ceci n'est pas un chemin de terre. C'est une route communale, et elle tue.",
            "Walhain à vélo",
            "le groupe",
            "a publié",
        ),
        (
            "tout le monde ne nettoie pas comme il faudrait",
            "agriculteur",
            "Un agriculteur",
            "reconnaît",
        ),
        (
            "Mais quand il pleut trois jours d'affilée et que la sucrerie nous impose les dates d'arrachage, on fait ce qu'on peut. On ne va pas laisser les betteraves pourrir dans le champ.",
            "agriculteur",
            "Un agriculteur",
            None,
        ),
        (
            "Celui qui salit la voirie doit la nettoyer le jour même. Ce n'est pas une option",
            "Nathalie Deprez",
            "la bourgmestre",
            "insiste",
        ),
        (
            "Nous ne voulons pas opposer agriculteurs et cyclistes, qui ont tous leur place sur nos routes",
            "commune de Walhain",
            ("écrit-elle", "elle"),
            "écrit-elle",
        ),
        ("aux frais du contrevenant", "commune de Walhain", ("écrit-elle", "elle"), "menace"),
        (
            "trois procès-verbaux",
            "zone de police Hesbaye-Dyle",
            "la zone de police Hesbaye-Dyle",
            "indique",
        ),
        (
            "Nous verbalisons quand nous constatons. Mais nous ne pouvons pas être derrière chaque tracteur.",
            "Marc Lejeune",
            "Marc Lejeune",
            "précise",
        ),
        (
            "La propreté des routes relève de la responsabilité de chaque planteur",
            "Sucrerie de la Dyle",
            ("répondu la sucrerie", "la sucrerie"),
            "nous a répondu",
        ),
        (
            "une campagne de sensibilisation",
            "Sucrerie de la Dyle",
            ("répondu la sucrerie", "la sucrerie"),
            "promettant",
        ),
        (
            "Mais plus sur ces routes-là, tant que la campagne n'est pas finie.",
            "Laurent Vanderhaegen",
            "Laurent Vanderhaegen",
            None,
        ),
    ],
    ["Walhain à vélo"],
)

article(
    "blind47-fr05",
    "fr",
    """Quatre patinoires extérieures resteront fermées cet hiver dans Mercier–Hochelaga-Maisonneuve

Sarah-Ève Lapointe
24 novembre 2026 à 14h35 - Mis à jour 24 novembre 2026 à 16h02
4 minutes de lecture

Faute de cols bleus pour entretenir la glace, l'arrondissement n'ouvrira que sept de ses onze patinoires extérieures cet hiver. Des citoyens proposent de prendre la relève.

La nouvelle a été confirmée lundi soir lors de la séance du conseil d'arrondissement. Les patinoires des parcs des Ateliers, Sainte-Émérance, Dufresne-Ouest et Morin ne seront pas arrosées cette saison.

« On aurait aimé vous annoncer autre chose. Mais sans employés pour arroser la glace la nuit, on ne peut pas ouvrir », a expliqué la mairesse de l'arrondissement, Julie Beauchemin-Roy, devant une salle comble.

Selon l'arrondissement, il manque « une quinzaine de cols bleus » pour assurer l'entretien nocturne des onze sites. Les postes affichés cet automne n'ont reçu qu'une poignée de candidatures.

« Ce n'est pas une question d'argent, a insisté Mme Beauchemin-Roy. L'argent est là. Ce sont les bras qui manquent. »

Une « crise annoncée »

Le Syndicat des employés manuels de Montréal (SEMM) ne s'en étonne pas. « Ça fait trois hivers qu'on avertit la Ville. Les horaires de nuit, la paie qui ne suit pas: les jeunes s'en vont au privé », déplore son vice-président, Steve Gagnon-Maltais. Le SEMM parle d'une « crise annoncée ».

Du côté des citoyens, on ne compte pas rester les bras croisés. Maxime Ouellette, père de deux enfants et joueur de hockey du dimanche, a lancé le groupe Facebook « Sauvons nos patinoires HoMa », qui compte déjà plus de 1400 membres.

« On est prêts à arroser nous-mêmes. Il y a des voisins qui l'ont fait pendant vingt ans, dans les années 1980, avec un boyau, une pelle et un thermos de café.

« Ce qu'on demande, c'est juste que l'arrondissement nous laisse faire et qu'il nous prête l'équipement. »

Interrogée par Métro, la Ville de Montréal indique par courriel que les patinoires entretenues par des bénévoles doivent respecter « des normes de sécurité et d'assurance strictes ». Elle se dit toutefois « ouverte à regarder des projets-pilotes » avec les arrondissements.

À lire aussi: Déneigement: la Ville promet d'accélérer le rythme dans les ruelles

Au parc des Ateliers, où la bande de la patinoire est déjà installée, une mère de famille regarde la surface vide. « Mon gars a sept ans. Il a appris à patiner ici l'an passé. Là, il va falloir prendre l'auto pour aller à l'aréna », soupire-t-elle.

Le conseiller de l'opposition Karim Haddad-Pelletier qualifie la décision de « capitulation ». Il a déposé une motion demandant que des employés de bureau volontaires puissent être formés à l'arrosage.

La mairesse n'exclut pas de rouvrir une ou deux patinoires si des embauches se concrétisent d'ici janvier.

Photo: La patinoire du parc des Ateliers, l'hiver dernier. Photo: Archives Métro

Partager""",
    [
        (
            "On aurait aimé vous annoncer autre chose. Mais sans employés pour arroser la glace la nuit, on ne peut pas ouvrir",
            "Julie Beauchemin-Roy",
            "Julie Beauchemin-Roy",
            "a expliqué",
        ),
        (
            "une quinzaine de cols bleus",
            "arrondissement de Mercier–Hochelaga-Maisonneuve",
            ("Selon l'arrondissement", "l'arrondissement"),
            "Selon",
        ),
        (
            "Ce n'est pas une question d'argent",
            "Julie Beauchemin-Roy",
            "Mme Beauchemin-Roy",
            "a insisté",
        ),
        (
            "L'argent est là. Ce sont les bras qui manquent.",
            "Julie Beauchemin-Roy",
            "Mme Beauchemin-Roy",
            "a insisté",
        ),
        ("crise annoncée", "Syndicat des employés manuels de Montréal", None, None),
        (
            "Ça fait trois hivers qu'on avertit la Ville. Les horaires de nuit, la paie qui ne suit pas: les jeunes s'en vont au privé",
            "Steve Gagnon-Maltais",
            "Steve Gagnon-Maltais",
            "déplore",
        ),
        ("crise annoncée", "Syndicat des employés manuels de Montréal", "Le SEMM", "parle"),
        (
            "On est prêts à arroser nous-mêmes. Il y a des voisins qui l'ont fait pendant vingt ans, dans les années 1980, avec un boyau, une pelle et un thermos de café.",
            "Maxime Ouellette",
            "Maxime Ouellette",
            None,
        ),
        (
            "Ce qu'on demande, c'est juste que l'arrondissement nous laisse faire et qu'il nous prête l'équipement.",
            "Maxime Ouellette",
            "Maxime Ouellette",
            None,
        ),
        (
            "des normes de sécurité et d'assurance strictes",
            "Ville de Montréal",
            "la Ville de Montréal",
            "indique",
        ),
        (
            "ouverte à regarder des projets-pilotes",
            "Ville de Montréal",
            ("Elle se dit", "Elle"),
            "se dit",
        ),
        (
            "Mon gars a sept ans. Il a appris à patiner ici l'an passé. Là, il va falloir prendre l'auto pour aller à l'aréna",
            "mère de famille",
            ("soupire-t-elle", "elle"),
            "soupire-t-elle",
        ),
        ("capitulation", "Karim Haddad-Pelletier", "Karim Haddad-Pelletier", "qualifie"),
    ],
    ["Sauvons nos patinoires HoMa"],
)

article(
    "blind47-fr06",
    "fr",
    """Kankan : les enseignants contractuels en grève, leur syndicat dénonce « trois mois d'arriérés »

Par Mamadou Aliou Diallo | 25/11/2026 à 15:12

Les écoles publiques de Kankan tournent au ralenti depuis lundi. À l'appel du Syndicat libre des enseignants contractuels de Guinée (SLECOG), plusieurs centaines d'enseignants contractuels ont déserté les classes pour réclamer le paiement de leurs primes.

Au lycée de Missiran, la cour était presque vide ce mercredi matin. Sur le mur d'enceinte de l'établissement, une banderole proclame « Craie rangée, salaire réclamé ». Dans la salle des professeurs, une vingtaine de grévistes font le point sur le mouvement.

« Nous avons enseigné septembre, octobre et novembre sans rien toucher. Un enseignant qui ne mange pas ne peut pas enseigner », martèle Sékou Oumar Kourouma, secrétaire régional du SLECOG. Il parle de « trois mois d'arriérés » pour plus de 1 200 contractuels dans la région.

« Nous ne sommes pas contre l'État, précise le syndicaliste. Nous demandons seulement ce qui nous est dû. Ni plus ni moins. »

Selon lui, certains enseignants ont dû s'endetter pour payer leur loyer. « J'ai un collègue qui vend des beignets le soir pour nourrir ses enfants. C'est ça, la réalité de l'enseignant contractuel à Kankan.

« Et après, on nous demande d'avoir de bons résultats aux examens en juin. »

Le ministère de l'Enseignement pré-universitaire et de l'Alphabétisation a réagi mardi soir. Dans un communiqué, le département reconnaît « des retards dans le traitement des dossiers » liés, selon lui, à « la vérification des effectifs ». Il assure que les paiements « interviendront au plus tard le 15 décembre ».

Lire aussi : Conakry : le calendrier des examens nationaux dévoilé

Joint au téléphone, le directeur préfectoral de l'éducation de Kankan, Fodé Camara, appelle les grévistes à « reprendre le chemin des classes » et rappelle que « les jours non travaillés pourraient ne pas être payés ». Une mise en garde qui a fait bondir les syndicalistes.

Devant le portail du lycée, une élève de terminale attend ses camarades, cahiers sous le bras. « On a le bac en juin. Pendant que les grands se disputent, c'est nous qui perdons », confie-t-elle.

Le SLECOG a convoqué une assemblée générale samedi à la Maison des jeunes de Kankan pour décider de la suite du mouvement. Il menace d'étendre la grève « à toute la Haute-Guinée » si rien ne bouge d'ici là.

Partagez :
Facebook WhatsApp Twitter""",
    [
        (
            "trois mois d'arriérés",
            "Syndicat libre des enseignants contractuels de Guinée",
            "leur syndicat",
            "dénonce",
        ),
        (
            "Nous avons enseigné septembre, octobre et novembre sans rien toucher. Un enseignant qui ne mange pas ne peut pas enseigner",
            "Sékou Oumar Kourouma",
            "Sékou Oumar Kourouma",
            "martèle",
        ),
        ("trois mois d'arriérés", "Sékou Oumar Kourouma", ("Il parle", "Il"), "parle"),
        (
            "Nous ne sommes pas contre l'État",
            "Sékou Oumar Kourouma",
            "le syndicaliste",
            "précise",
        ),
        (
            "Nous demandons seulement ce qui nous est dû. Ni plus ni moins.",
            "Sékou Oumar Kourouma",
            "le syndicaliste",
            "précise",
        ),
        (
            "J'ai un collègue qui vend des beignets le soir pour nourrir ses enfants. C'est ça, la réalité de l'enseignant contractuel à Kankan.",
            "Sékou Oumar Kourouma",
            ("Selon lui", "lui"),
            None,
        ),
        (
            "Et après, on nous demande d'avoir de bons résultats aux examens en juin.",
            "Sékou Oumar Kourouma",
            ("Selon lui", "lui"),
            None,
        ),
        (
            "des retards dans le traitement des dossiers",
            "ministère de l'Enseignement pré-universitaire et de l'Alphabétisation",
            "le département",
            "reconnaît",
        ),
        (
            "la vérification des effectifs",
            "ministère de l'Enseignement pré-universitaire et de l'Alphabétisation",
            ("selon lui", "lui"),
            "selon",
        ),
        (
            "interviendront au plus tard le 15 décembre",
            "ministère de l'Enseignement pré-universitaire et de l'Alphabétisation",
            ("Il assure", "Il"),
            "assure",
        ),
        ("reprendre le chemin des classes", "Fodé Camara", "Fodé Camara", "appelle"),
        (
            "les jours non travaillés pourraient ne pas être payés",
            "Fodé Camara",
            "Fodé Camara",
            "rappelle",
        ),
        (
            "On a le bac en juin. Pendant que les grands se disputent, c'est nous qui perdons",
            "élève",
            ("confie-t-elle", "elle"),
            "confie-t-elle",
        ),
        (
            "à toute la Haute-Guinée",
            "Syndicat libre des enseignants contractuels de Guinée",
            ("Il menace", "Il"),
            "menace",
        ),
    ],
    ["Craie rangée, salaire réclamé"],
)

article(
    "blind47-fr07",
    "fr",
    """Sargasses à Cul-de-Sac : les bateliers de Pinel “à l'arrêt”

24 novembre 2026 | Société | Par la rédaction

Depuis trois semaines, un épais tapis d'algues brunes bloque le ponton de Cul-de-Sac, point de départ des navettes vers l'îlet Pinel. Les professionnels réclament des moyens de ramassage permanents.

Mardi matin, l'odeur d'œuf pourri prend à la gorge dès le parking. Les barques sont amarrées, moteurs relevés. Le “Miss Orient”, la plus grande des navettes, n'a pas quitté le quai depuis le 2 novembre.

“Depuis trois semaines, on ne peut plus sortir les bateaux. Les hélices se prennent dans les algues, le ponton est coincé dans un tapis d'un mètre d'épaisseur”, explique Rudy Fleming, président de l'Association des bateliers de Cul-de-Sac (ABCS). Sur les huit bateliers de l'association, sept sont aujourd'hui “à l'arrêt complet”, selon lui.

“On nous a dit ‘patience’ au mois de juin. On est fin novembre, et rien n'a bougé”, poursuit-il. L'ABCS réclame “une barge de ramassage stationnée à l'année” dans la baie.

La Collectivité promet une deuxième machine

Dans un communiqué publié vendredi, la Collectivité de Saint-Martin indique avoir lancé “un marché d'urgence” pour le ramassage mécanique des algues sur trois sites de la partie française. Le vice-président chargé de l'environnement, Wilfred Hodge, s'est voulu rassurant lors du dernier conseil territorial. “Nous avons commandé une deuxième pelle amphibie, a-t-il indiqué. Elle doit arriver avant Noël.”

La préfecture de Saint-Barthélemy et de Saint-Martin rappelle pour sa part que les émanations d'hydrogène sulfuré peuvent être “dangereuses pour les personnes fragiles” et recommande aux riverains de “fermer les fenêtres côté mer” lors des pics.

Sur la plage voisine, Josiane Arrondell tient un petit restaurant de poisson grillé depuis 2009. Elle a perdu, dit-elle, “les trois quarts” de sa clientèle. “Les gens arrivent, ils sentent, ils repartent. Je ne leur en veux pas.

“Mais moi, mes charges, je les paie, que ça sente bon ou pas.”

Lire aussi : Grand-Case : le front de mer rouvert aux piétons

Une touriste canadienne, venue de Montréal avec son mari, fait contre mauvaise fortune bon cœur. “On nous avait vendu une île paradisiaque. L'odeur, personne ne nous en avait parlé”, sourit-elle.

Les bateliers ont prévu de se rendre jeudi devant l'Hôtel de la Collectivité, à Marigot, pour y déposer une motion signée par une soixantaine de commerçants de Cul-de-Sac et d'Orient Bay.

Crédit photo : Le Pélican

Partager : Facebook WhatsApp E-mail""",
    [
        ("à l'arrêt", "bateliers de Pinel", "les bateliers de Pinel", None),
        (
            "Depuis trois semaines, on ne peut plus sortir les bateaux. Les hélices se prennent dans les algues, le ponton est coincé dans un tapis d'un mètre d'épaisseur",
            "Rudy Fleming",
            "Rudy Fleming",
            "explique",
        ),
        ("à l'arrêt complet", "Rudy Fleming", ("selon lui", "lui"), "selon"),
        (
            "On nous a dit ‘patience’ au mois de juin. On est fin novembre, et rien n'a bougé",
            "Rudy Fleming",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "une barge de ramassage stationnée à l'année",
            "Association des bateliers de Cul-de-Sac",
            "L'ABCS",
            "réclame",
        ),
        (
            "un marché d'urgence",
            "Collectivité de Saint-Martin",
            "la Collectivité de Saint-Martin",
            "indique",
        ),
        (
            "Nous avons commandé une deuxième pelle amphibie",
            "Wilfred Hodge",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "Elle doit arriver avant Noël.",
            "Wilfred Hodge",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "dangereuses pour les personnes fragiles",
            "préfecture de Saint-Barthélemy et de Saint-Martin",
            "La préfecture de Saint-Barthélemy et de Saint-Martin",
            "rappelle",
        ),
        (
            "fermer les fenêtres côté mer",
            "préfecture de Saint-Barthélemy et de Saint-Martin",
            "La préfecture de Saint-Barthélemy et de Saint-Martin",
            "recommande",
        ),
        ("les trois quarts", "Josiane Arrondell", ("dit-elle", "elle"), "dit-elle"),
        (
            "Les gens arrivent, ils sentent, ils repartent. Je ne leur en veux pas.",
            "Josiane Arrondell",
            ("dit-elle", "elle"),
            None,
        ),
        (
            "Mais moi, mes charges, je les paie, que ça sente bon ou pas.",
            "Josiane Arrondell",
            ("dit-elle", "elle"),
            None,
        ),
        (
            "On nous avait vendu une île paradisiaque. L'odeur, personne ne nous en avait parlé",
            "touriste",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
    ],
    ["Miss Orient"],
)

article(
    "blind47-fr08",
    "fr",
    f"""Le CHI du Val-de-Sèvre suspend sa ligne de Smur de nuit jusqu’en mars

Publié le 24/11/26 - 17h20

Faute d’urgentistes, le centre hospitalier intercommunal du Val-de-Sèvre ne fera plus partir son Smur entre 20 heures et 8 heures à compter du 1er décembre. La direction parle d’une mesure «{NB}temporaire et réversible{NB}», les urgentistes d’une «{NB}mise en danger{NB}».

Article réservé aux abonnés

C’est une décision que le centre hospitalier intercommunal du Val-de-Sèvre (CHIVS) repoussait depuis l’été. À compter du 1er décembre et jusqu’au 1er mars au moins, la ligne de structure mobile d’urgence et de réanimation (Smur) de l’établissement ne sera plus armée la nuit. Les interventions nocturnes de son secteur seront assurées par les Smur voisins, situés à quarante minutes de route.

Dans une note interne datée du 18 novembre, que Hospimedia a pu consulter, l’établissement justifie cette mesure par «{NB}l’impossibilité de garantir la continuité d’une garde médicale sécurisée{NB}». Le document précise que seuls 6,4 équivalents temps plein (ETP) sur les 14 prévus sont aujourd’hui pourvus.

«{NB}Nous ne fermons pas le Smur. Nous le réorganisons la nuit, en lien étroit avec le Samu{NB}», insiste auprès d’Hospimedia la directrice, Mathilde Orsini. Une infirmière restera de garde pour les transferts programmés et un médecin régulateur supplémentaire sera positionné au centre 15 départemental, détaille-t-elle.

« Ce n’est pas un choix budgétaire. Si demain nous recrutons trois urgentistes, la ligne rouvre le lendemain. »

Les urgentistes vent debout

L’Association des médecins urgentistes de l’Ouest (Amuo) dénonce de son côté une «{NB}mise en danger{NB}» des patients du secteur. «{NB}Quarante minutes pour un arrêt cardiaque, c’est la différence entre la vie et la mort, tranche son président, le Dr Yann Kervella. On ne peut pas présenter ça comme une simple réorganisation.{NB}» Selon l’Amuo, au moins quatre établissements de la région ont connu des suspensions ponctuelles de Smur depuis le printemps.

Contactée, l’agence régionale de santé (ARS) Nouvelle-Aquitaine indique avoir «{NB}validé à titre dérogatoire{NB}» cette organisation, pour une durée de trois mois. L’ARS assure qu’un «{NB}bilan d’étape{NB}» sera présenté en février au comité départemental de l’aide médicale urgente.

Pour tenter d’attirer des praticiens, l’établissement a lancé en septembre un plan de recrutement baptisé «{NB}Cap Urgences 2028{NB}», avec prime d’engagement et logement de fonction. Sans effet notable pour l’instant.

Au sein de l’équipe, le moral est en berne. «{NB}On a tenu deux étés à bout de bras. Là, on a le sentiment d’avoir perdu{NB}», confie un infirmier du Smur, qui a requis l’anonymat.

Le maire de la ville-centre et président du conseil de surveillance, Gérard Poupard, a demandé à être reçu par le directeur général de l’ARS. Il évoque dans un courrier une décision «{NB}incompréhensible pour la population{NB}».

Voir aussi
Smur : la pénurie de médecins gagne les lignes de nuit

Léa Guilloux""",
    [
        (
            "temporaire et réversible",
            "centre hospitalier intercommunal du Val-de-Sèvre",
            "La direction",
            "parle",
        ),
        ("mise en danger", "urgentistes", "les urgentistes", "parle"),
        (
            "l’impossibilité de garantir la continuité d’une garde médicale sécurisée",
            "centre hospitalier intercommunal du Val-de-Sèvre",
            ("l’établissement justifie", "l’établissement"),
            "justifie",
        ),
        (
            "Nous ne fermons pas le Smur. Nous le réorganisons la nuit, en lien étroit avec le Samu",
            "Mathilde Orsini",
            "Mathilde Orsini",
            "insiste",
        ),
        (
            "Ce n’est pas un choix budgétaire. Si demain nous recrutons trois urgentistes, la ligne rouvre le lendemain.",
            "Mathilde Orsini",
            ("détaille-t-elle", "elle"),
            None,
        ),
        (
            "mise en danger",
            "Association des médecins urgentistes de l’Ouest",
            "L’Association des médecins urgentistes de l’Ouest",
            "dénonce",
        ),
        (
            "Quarante minutes pour un arrêt cardiaque, c’est la différence entre la vie et la mort",
            "Yann Kervella",
            "Yann Kervella",
            "tranche",
        ),
        (
            "On ne peut pas présenter ça comme une simple réorganisation.",
            "Yann Kervella",
            "Yann Kervella",
            "tranche",
        ),
        (
            "validé à titre dérogatoire",
            "Agence régionale de santé Nouvelle-Aquitaine",
            "l’agence régionale de santé",
            "indique",
        ),
        ("bilan d’étape", "Agence régionale de santé Nouvelle-Aquitaine", "L’ARS", "assure"),
        (
            "On a tenu deux étés à bout de bras. Là, on a le sentiment d’avoir perdu",
            "infirmier",
            "un infirmier",
            "confie",
        ),
        (
            "incompréhensible pour la population",
            "Gérard Poupard",
            ("Il évoque", "Il"),
            "évoque",
        ),
    ],
    ["Cap Urgences 2028"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind47_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
