# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind31_fr.jsonl: a thirty-first blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a minister's chartered jets (Le Canard
enchaîné, political gossip column: a headline quote without a cue, a leaked text message, a
ministry's written answer, an unnamed Matignon adviser, the minister's entourage, a plan's name
and a tour's name in marks, Mme X), a patrol vessel delivered a year late (Mer et Marine, naval
shipbuilding: NNBSP padding, a ship's name in marks, a programme office with a short name in
brackets, an interrupted quote, a nested “ ” remark, an anonymous staff officer), a rugby club
relegated for its debts (Midi Olympique, amateur rugby finances: unpadded marks and straight
apostrophes, a headline quote with a title-only cue, a dek quote, a control commission with a
short name in brackets, an interrupted quote, a follow-on quote without a cue, a banner), a
steel sculpture at a town entrance (an actu.fr local weekly, public art: a dek quote without a
cue, a petition title and the work's title in marks, a quote in an intertitle, a Facebook
comment in “ ”, a nested “ ” saying), market traders facing eviction in Libreville (Gabonreview,
urban trade: unpadded marks, a headline partial quote with a group cue, a cue-less
multi-paragraph testimony with a nested “ ” promise, the town hall's communiqué, an anonymous
municipal executive, a placard slogan, a quote after a colon with no speech verb), an indie band
cancelling its tour (Les Inrockuptibles, music industry: a headline quote from the band, an
album and a tour title, a label's communiqué, a Q&A whose unmarked answers are not listed while
quotes inside them are), shrinkflation on supermarket shelves (Capital, consumer prices: a term
in marks, a dek quote with a group cue, an association with a short name in brackets, “ ” and
NNBSP-padded « » side by side, an interrupted quote, a company speaking through "on") and a
broken-down ferry cutting off Miquelon (SPM la 1ère, island transport: the ferry's name in
marks, a territorial body, the prefecture's communiqué, an English quote, an interrupted
testimony). Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind31_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind31-fr01",
    "fr",
    """«Je ne vais pas passer six heures dans un train» : le ministre de la Ruralité préfère les airs

Mercredi 6 mars 2024 · La Mare aux canards

Gaspard Lestrade, ministre délégué à la Ruralité, promettait à sa nomination de « reconnecter l’État aux territoires ». Encore faut-il que les territoires le voient arriver par la route. Depuis janvier, le ministre a effectué onze déplacements en Creuse, en Lozère et dans le Cantal, dont sept à bord d’un jet privé loué par son ministère.
Le montant de la facture, 212 000 euros, figure dans un document budgétaire que le Palmipède a pu consulter. Interrogé par écrit, le ministère de la Ruralité assure que ces vols étaient « justifiés par des contraintes d’agenda exceptionnelles ». Exceptionnelles, sept fois sur onze ? « Chez lui, l’exceptionnel, c’est tous les jours », ricane un conseiller de Matignon.
Le 12 février, dans un SMS envoyé à sa directrice de cabinet, Maud Ferrand-Salles, et dont le Canard a eu connaissance, Lestrade s’agaçait : « Je ne vais pas passer six heures dans un train pour serrer trois mains à Mende. Trouve une solution. » La solution fut trouvée dans l’heure : un Falcon de location, au départ du Bourget.
Partager : Facebook · X · Copier le lien
Contactée, Mme Ferrand-Salles jure que « toutes les règles de la commande publique ont été respectées » et que le ministre « prend le train chaque fois que c’est possible ». Combien de fois, alors ? « Je n’ai pas la liste sous les yeux », a-t-elle concédé.
Le député de la Creuse Thierry Vaunois, qui a déposé une question écrite sur le sujet, n’en revient pas. « On demande aux départements de supprimer des lignes de car, et le ministre de la Ruralité survole la ruralité. Il faudrait peut-être lui offrir une carte de réduction », s’étrangle l’élu.
Au ministère, on jure que les choses vont changer. Un « plan de sobriété des déplacements » doit être présenté avant l’été, promet l’entourage du ministre, qui ajoute : « Le ministre montrera l’exemple. »
Reste le grand tour de France baptisé « La République des clochers », qui doit mener Gaspard Lestrade dans cinquante villages d’ici à décembre. Se fera-t-il en train ? Un ancien collaborateur glisse, perfide : « Il a le mal des transports en commun. »
Lire aussi : Le Sénat rabote les frais de réception des ministres
J.-M. T.""",
    [
        ("Je ne vais pas passer six heures dans un train", "Gaspard Lestrade", None, None),
        (
            "reconnecter l’État aux territoires",
            "Gaspard Lestrade",
            "Gaspard Lestrade",
            "promettait",
        ),
        (
            "justifiés par des contraintes d’agenda exceptionnelles",
            "ministère de la Ruralité",
            "le ministère de la Ruralité",
            "assure",
        ),
        (
            "Chez lui, l’exceptionnel, c’est tous les jours",
            "conseiller",
            "un conseiller de Matignon",
            "ricane",
        ),
        (
            "Je ne vais pas passer six heures dans un train pour serrer trois mains à Mende. Trouve une solution.",
            "Gaspard Lestrade",
            ("Lestrade s’agaçait", "Lestrade"),
            "s’agaçait",
        ),
        (
            "toutes les règles de la commande publique ont été respectées",
            "Maud Ferrand-Salles",
            "Mme Ferrand-Salles",
            "jure",
        ),
        (
            "prend le train chaque fois que c’est possible",
            "Maud Ferrand-Salles",
            "Mme Ferrand-Salles",
            "jure",
        ),
        (
            "Je n’ai pas la liste sous les yeux",
            "Maud Ferrand-Salles",
            ("a-t-elle concédé", "elle"),
            "a-t-elle concédé",
        ),
        (
            "On demande aux départements de supprimer des lignes de car, et le ministre de la Ruralité survole la ruralité. Il faudrait peut-être lui offrir une carte de réduction",
            "Thierry Vaunois",
            "l’élu",
            "s’étrangle",
        ),
        ("Le ministre montrera l’exemple.", "entourage", "l’entourage du ministre", "ajoute"),
        (
            "Il a le mal des transports en commun.",
            "collaborateur",
            "Un ancien collaborateur",
            "glisse",
        ),
    ],
    ["plan de sobriété des déplacements", "La République des clochers"],
)

article(
    "blind31-fr02",
    "fr",
    f"""Patrouilleur «{NNB}Aber Ildut{NNB}» : un an de retard, le chantier lorientais s’explique

Par Corentin Le Dréau – Publié le 18/04/2024 – Défense / Constructions neuves

Le premier des trois patrouilleurs hauturiers commandés à l’été 2021 aux Ateliers et Chantiers du Scorff (ACS) ne sera pas livré à la Marine nationale avant octobre, soit avec près d’un an de retard sur le calendrier initial. Le Service des programmes navals (SPN), qui pilote le contrat, l’a confirmé mardi dans un courrier adressé aux parlementaires, évoquant des «{NNB}difficultés industrielles persistantes{NNB}» sur le système de propulsion.
Le patrouilleur «{NNB}Aber Ildut{NNB}» à quai à Lorient, en mars. © DR
Chez ACS, on ne nie pas les difficultés. «{NNB}Nous avons sous-estimé l’intégration des nouveaux moteurs hybrides, c’est un fait, reconnaît la présidente du chantier, Armelle Quiniou. Mais le navire qui sortira d’ici sera l’un des plus sobres de sa catégorie.{NNB}»
Selon elle, le motoriste allemand a livré les premiers blocs «{NNB}avec quatorze semaines de retard{NNB}», avant qu’un défaut de refroidissement ne soit détecté lors des essais à quai. «{NNB}On a dû tout redémonter. Quand un ingénieur vous dit “on repart de zéro sur le circuit d’eau”, vous ne dormez pas très bien{NNB}», a-t-elle ajouté.
Lire aussi : Lorient : les chantiers navals peinent à recruter des soudeurs
Un équipage qui attend
À bord, l’équipage d’armement, soixante-deux marins, patiente depuis janvier. Le capitaine de frégate Loïc Brénéol, qui commandera le bâtiment, se veut philosophe. «{NNB}Mes marins s’entraînent sur simulateur et sur d’autres unités. Ce n’est pas idéal, mais on ne perd pas la main{NNB}», explique l’officier.
Le retard pèse pourtant sur la présence française dans le golfe de Gascogne, où les deux vieux avisos encore en service approchent de la limite d’âge. «{NNB}On fait durer des coques de quarante ans. À un moment, ça casse{NNB}», prévient un officier de l’état-major, sous couvert d’anonymat.
Côté syndical, l’inquiétude porte sur la suite. Le délégué CFDT du site, Patrice Guillerm, redoute que les deux autres patrouilleurs ne soient «{NNB}confiés à un concurrent{NNB}». «{NNB}Si on rate celui-là, on n’aura pas de deuxième chance. Les gars le savent{NNB}», dit-il.
Le SPN assure de son côté que le contrat «{NNB}n’est pas remis en cause à ce stade{NNB}». Les pénalités de retard, plafonnées à 8 % du montant du marché, seront en revanche appliquées, précise le service.
Les essais en mer de l’«{NNB}Aber Ildut{NNB}» doivent débuter en juillet au large de Groix.
Newsletter : recevez chaque vendredi l’essentiel de l’actualité navale. Je m’inscris""",
    [
        (
            "difficultés industrielles persistantes",
            "Service des programmes navals",
            "Le Service des programmes navals",
            "évoquant",
        ),
        (
            "Nous avons sous-estimé l’intégration des nouveaux moteurs hybrides, c’est un fait",
            "Armelle Quiniou",
            "Armelle Quiniou",
            "reconnaît",
        ),
        (
            "Mais le navire qui sortira d’ici sera l’un des plus sobres de sa catégorie.",
            "Armelle Quiniou",
            "Armelle Quiniou",
            "reconnaît",
        ),
        ("avec quatorze semaines de retard", "Armelle Quiniou", ("Selon elle", "elle"), "Selon"),
        (
            "On a dû tout redémonter. Quand un ingénieur vous dit “on repart de zéro sur le circuit d’eau”, vous ne dormez pas très bien",
            "Armelle Quiniou",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "Mes marins s’entraînent sur simulateur et sur d’autres unités. Ce n’est pas idéal, mais on ne perd pas la main",
            "Loïc Brénéol",
            "l’officier",
            "explique",
        ),
        (
            "On fait durer des coques de quarante ans. À un moment, ça casse",
            "officier",
            "un officier de l’état-major",
            "prévient",
        ),
        ("confiés à un concurrent", "Patrice Guillerm", "Patrice Guillerm", "redoute"),
        (
            "Si on rate celui-là, on n’aura pas de deuxième chance. Les gars le savent",
            "Patrice Guillerm",
            ("dit-il", "il"),
            "dit",
        ),
        (
            "n’est pas remis en cause à ce stade",
            "Service des programmes navals",
            "Le SPN",
            "assure",
        ),
    ],
    ["Aber Ildut", "Aber Ildut", "Aber Ildut"],
)

article(
    "blind31-fr03",
    "fr",
    """Fédérale 1 – Montastruc: «On ne mourra pas en silence», promet le président

Rétrogradé administrativement en Fédérale 2 par la commission de contrôle, le club haut-garonnais a décidé de faire appel. Son président se dit prêt à aller «jusqu'au Conseil d'État».

Par Julien Castex | Publié le 22/05/2024 à 19:40

Le couperet est tombé mardi soir. Réunie à Marcoussis, la Commission de contrôle des clubs fédéraux (CCCF) a prononcé la rétrogradation de l'US Montastruc en Fédérale 2 pour la saison prochaine, estimant que le club présentait «un déficit structurel non couvert» de 310 000 euros. Une sanction «lourde mais nécessaire», écrit la commission dans sa décision, que nous avons pu consulter.
À Montastruc, la nouvelle a fait l'effet d'une douche froide. Bernard Sabatier, président depuis 2016, ne décolère pas. «On nous reproche une dette qui date de l'ancienne direction, a-t-il lancé mercredi devant une centaine de supporters réunis au club-house. On l'a réduite de moitié en trois ans. Et c'est maintenant qu'on nous coupe les jambes?»
Le dirigeant assure qu'un mécène local s'est engagé à combler «plus de la moitié» du trou d'ici au 30 juin.
«Les garanties sont sur la table. On ne mourra pas en silence.»
Lire aussi: Fédérale 1 – Poule 3: le classement complet après la 22e journée
Les joueurs dans le flou
Dans le vestiaire, l'incertitude domine. L'entraîneur des avants, Didier Pujol, redoute une hémorragie. «J'ai déjà trois gars qui ont reçu des propositions. Je ne peux pas leur demander d'attendre l'appel en juillet», souffle l'ancien talonneur.
Le capitaine, Mathieu Arrieta, veut croire à un sursaut. «On a fini quatrièmes, on a joué les phases finales. Sportivement, on mérite notre place», martèle le troisième-ligne, qui a prolongé son contrat de deux saisons en avril.
Dans les tribunes du stade Léo-Dumas, les supporters avaient déployé dimanche une banderole «Montastruc vivra», en marge du dernier match à domicile de la saison.
La mairie de Montastruc, propriétaire des installations, a fait savoir qu'elle soutiendrait le club «dans la limite de ses moyens». Le maire, Francis Delpech, a toutefois prévenu: «La commune ne remboursera pas les dettes d'une association. Ce serait illégal, et ce serait injuste pour les autres clubs du village.»
Le club dispose de sept jours pour saisir la commission d'appel de la fédération. Contactée, la CCCF n'a pas souhaité s'exprimer avant l'examen du recours.
Réagir | Partager""",
    [
        ("On ne mourra pas en silence", "Bernard Sabatier", "le président", "promet"),
        ("jusqu'au Conseil d'État", "Bernard Sabatier", "Son président", "se dit"),
        (
            "un déficit structurel non couvert",
            "Commission de contrôle des clubs fédéraux",
            "la Commission de contrôle des clubs fédéraux",
            "estimant",
        ),
        (
            "lourde mais nécessaire",
            "Commission de contrôle des clubs fédéraux",
            "la commission",
            "écrit",
        ),
        (
            "On nous reproche une dette qui date de l'ancienne direction",
            "Bernard Sabatier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "On l'a réduite de moitié en trois ans. Et c'est maintenant qu'on nous coupe les jambes?",
            "Bernard Sabatier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("plus de la moitié", "Bernard Sabatier", "Le dirigeant", "assure"),
        (
            "Les garanties sont sur la table. On ne mourra pas en silence.",
            "Bernard Sabatier",
            None,
            None,
        ),
        (
            "J'ai déjà trois gars qui ont reçu des propositions. Je ne peux pas leur demander d'attendre l'appel en juillet",
            "Didier Pujol",
            "l'ancien talonneur",
            "souffle",
        ),
        (
            "On a fini quatrièmes, on a joué les phases finales. Sportivement, on mérite notre place",
            "Mathieu Arrieta",
            "le troisième-ligne",
            "martèle",
        ),
        (
            "dans la limite de ses moyens",
            "mairie de Montastruc",
            "La mairie de Montastruc",
            "a fait savoir",
        ),
        (
            "La commune ne remboursera pas les dettes d'une association. Ce serait illégal, et ce serait injuste pour les autres clubs du village.",
            "Francis Delpech",
            "Francis Delpech",
            "a toutefois prévenu",
        ),
    ],
    ["Montastruc vivra"],
)

article(
    "blind31-fr04",
    "fr",
    f"""Bréville-sur-Risle. Une sculpture à 86 000 euros divise la commune

«{NB}On aurait préféré des trottoirs{NB}» : à l’entrée de la ville, l’œuvre d’acier installée en octobre ne fait pas l’unanimité. Le maire défend un «{NB}investissement pour l’image{NB}».

Le Réveil de la Risle · Publié le 9 nov. 2023 à 17h12

Elle mesure sept mètres de haut, pèse quatre tonnes et ne laisse personne indifférent. Baptisée «{NB}L’Envol{NB}», la sculpture d’acier corten installée fin octobre au rond-point de la route de Rouen devait symboliser, selon la mairie de Bréville-sur-Risle, «{NB}le renouveau de Bréville{NB}».
Photo : «{NB}L’Envol{NB}», œuvre de l’artiste Nadège Orsini. © Réveil de la Risle
Le coût de l’œuvre, 86 000 euros dont 30 000 de subvention régionale, passe mal chez une partie des habitants. Une pétition intitulée «{NB}Des trottoirs avant les statues{NB}» a recueilli plus de 900 signatures en deux semaines.
«{NB}On aurait préféré des trottoirs, franchement{NB}», soupire Josiane Lecœur, 71 ans, qui habite rue des Tanneurs. «{NB}Avec mon déambulateur, je marche sur la route. Et on nous met un oiseau en fer à l’entrée de la ville.{NB}»
Sur Facebook, les commentaires vont bon train. “Un oiseau ? J’y vois surtout un ouvre-boîte géant”, ironise un internaute sous la publication de la mairie.
«{NB}Une ville, ce n’est pas que du bitume{NB}»
Le maire, Régis Hamelin, assume pleinement. «{NB}Une ville, ce n’est pas que du bitume. Les trottoirs, on les refait : 400 000 euros sont inscrits au budget 2024, a-t-il répondu jeudi. Mais on a aussi le droit d’être fiers de notre entrée de ville.{NB}»
L’élu rappelle que l’artiste, Nadège Orsini, a grandi à Bréville. «{NB}Elle a travaillé avec les élèves de l’école Jules-Ferry pour dessiner les ailes. C’est aussi leur œuvre{NB}», insiste-t-il.
Contactée, l’artiste dit comprendre la colère, sans la partager. «{NB}L’art public dérange toujours au début. Dans dix ans, on dira “rendez-vous à l’Envol”, comme on dit “rendez-vous à la fontaine”.{NB}»
Dans l’opposition, Grégory Vautier (Bréville Ensemble) parle d’une «{NB}folie des grandeurs{NB}» et réclame un audit des dépenses culturelles de la commune. Le sujet devrait revenir sur la table lors du prochain conseil municipal, le 23 novembre.
Vous souhaitez réagir ? Écrivez-nous
Suivez-nous sur Google Actualités""",
    [
        ("On aurait préféré des trottoirs", "Josiane Lecœur", None, None),
        ("investissement pour l’image", "Régis Hamelin", "Le maire", "défend"),
        (
            "le renouveau de Bréville",
            "mairie de Bréville-sur-Risle",
            "la mairie de Bréville-sur-Risle",
            "selon",
        ),
        (
            "On aurait préféré des trottoirs, franchement",
            "Josiane Lecœur",
            "Josiane Lecœur",
            "soupire",
        ),
        (
            "Avec mon déambulateur, je marche sur la route. Et on nous met un oiseau en fer à l’entrée de la ville.",
            "Josiane Lecœur",
            "Josiane Lecœur",
            "soupire",
        ),
        (
            "Un oiseau ? J’y vois surtout un ouvre-boîte géant",
            "internaute",
            "un internaute",
            "ironise",
        ),
        ("Une ville, ce n’est pas que du bitume", "Régis Hamelin", None, None),
        (
            "Une ville, ce n’est pas que du bitume. Les trottoirs, on les refait : 400 000 euros sont inscrits au budget 2024",
            "Régis Hamelin",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        (
            "Mais on a aussi le droit d’être fiers de notre entrée de ville.",
            "Régis Hamelin",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        (
            "Elle a travaillé avec les élèves de l’école Jules-Ferry pour dessiner les ailes. C’est aussi leur œuvre",
            "Régis Hamelin",
            ("insiste-t-il", "il"),
            "insiste",
        ),
        (
            "L’art public dérange toujours au début. Dans dix ans, on dira “rendez-vous à l’Envol”, comme on dit “rendez-vous à la fontaine”.",
            "Nadège Orsini",
            ("Contactée, l’artiste", "l’artiste"),
            None,
        ),
        ("folie des grandeurs", "Grégory Vautier", "Grégory Vautier", "parle"),
    ],
    ["L’Envol", "L’Envol", "Des trottoirs avant les statues"],
)

article(
    "blind31-fr05",
    "fr",
    """Libreville : les commerçants de Mont-Bouët refusent de «partir les mains vides»

Par Léa Ndong-Obiang · 14 juin 2024 · Société

Le délai fixé par la mairie de Libreville expire le 30 juin. Passée cette date, les quelque 1 800 étals installés le long de la voie express devront avoir été démontés, pour laisser place aux travaux du futur échangeur. Mais sur le terrain, les commerçants ne l’entendent pas de cette oreille.
«Où est-ce qu’on va aller? On nous parle d’un nouveau marché à Owendo, mais il n’y a même pas encore de toit», s’emporte Clarisse Mengue, vendeuse de pagnes depuis dix-neuf ans.
Lire aussi : Voie express : les travaux de l’échangeur lancés en présence du ministre
Devant son étal, Mme Mengue sort le cahier d’écolier où elle note les crédits de ses clientes.
«J’ai commencé ici avec une bassine et trois pagnes. Aujourd’hui, je fais vivre sept personnes. Mes enfants vont à l’école avec cet argent.
«Quand les agents de la mairie sont passés, ils nous ont dit: “Vous serez relogés, c’est promis.” Promis par qui? Personne n’a rien signé. Moi, je ne partirai pas les mains vides.»
La mairie, elle, campe sur sa position. Dans un communiqué publié mardi, la mairie de Libreville rappelle que l’occupation de la voie express est «illégale depuis 2017» et que «des solutions de relocalisation ont été proposées à l’ensemble des commerçants recensés».
Un cadre de la municipalité, qui a requis l’anonymat, reconnaît toutefois que le site d’Owendo «ne sera pas prêt avant la fin de l’année». «On a pris du retard sur les financements. Mais on ne peut pas bloquer un chantier de l’État pour des tables en bois», ajoute-t-il.
Photo : Le marché de Mont-Bouët, un samedi matin. © Gabonreview
Regroupés au sein du Collectif des commerçants de Mont-Bouët (CCMB), les vendeurs réclament une indemnisation et un délai de six mois. «Nous ne sommes pas contre le développement. Nous sommes contre le développement qui se fait sur notre dos», a déclaré son porte-parole, Aristide Moussavou, lors d’un point de presse samedi. Sur les pancartes brandies ce jour-là, on pouvait lire «Mont-Bouët n’est pas à vendre».
Le ministère du Commerce a indiqué jeudi, dans une note transmise à la presse, qu’une commission mixte serait installée «dans les prochains jours» pour examiner «au cas par cas» la situation des commerçants. Une annonce accueillie avec prudence par M. Moussavou: «On a déjà eu trois commissions. Nous attendons des actes.»
Partager sur WhatsApp · Facebook · X""",
    [
        (
            "partir les mains vides",
            "commerçants",
            "les commerçants de Mont-Bouët",
            "refusent",
        ),
        (
            "Où est-ce qu’on va aller? On nous parle d’un nouveau marché à Owendo, mais il n’y a même pas encore de toit",
            "Clarisse Mengue",
            "Clarisse Mengue",
            "s’emporte",
        ),
        (
            "J’ai commencé ici avec une bassine et trois pagnes. Aujourd’hui, je fais vivre sept personnes. Mes enfants vont à l’école avec cet argent.",
            "Clarisse Mengue",
            "Mme Mengue",
            None,
        ),
        (
            "Quand les agents de la mairie sont passés, ils nous ont dit: “Vous serez relogés, c’est promis.” Promis par qui? Personne n’a rien signé. Moi, je ne partirai pas les mains vides.",
            "Clarisse Mengue",
            "Mme Mengue",
            None,
        ),
        ("illégale depuis 2017", "mairie de Libreville", "la mairie de Libreville", "rappelle"),
        (
            "des solutions de relocalisation ont été proposées à l’ensemble des commerçants recensés",
            "mairie de Libreville",
            "la mairie de Libreville",
            "rappelle",
        ),
        (
            "ne sera pas prêt avant la fin de l’année",
            "cadre",
            "Un cadre de la municipalité",
            "reconnaît",
        ),
        (
            "On a pris du retard sur les financements. Mais on ne peut pas bloquer un chantier de l’État pour des tables en bois",
            "cadre",
            ("ajoute-t-il", "il"),
            "ajoute",
        ),
        (
            "Nous ne sommes pas contre le développement. Nous sommes contre le développement qui se fait sur notre dos",
            "Aristide Moussavou",
            "Aristide Moussavou",
            "a déclaré",
        ),
        (
            "dans les prochains jours",
            "ministère du Commerce",
            "Le ministère du Commerce",
            "a indiqué",
        ),
        ("au cas par cas", "ministère du Commerce", "Le ministère du Commerce", "a indiqué"),
        (
            "On a déjà eu trois commissions. Nous attendons des actes.",
            "Aristide Moussavou",
            "M. Moussavou",
            None,
        ),
    ],
    ["Mont-Bouët n’est pas à vendre"],
)

article(
    "blind31-fr06",
    "fr",
    f"""Les Ondes Basses annulent leur tournée : «{NB}Jouer nous coûte de l’argent{NB}»

Le trio lyonnais renonce aux vingt-deux dates prévues cet automne. Sa chanteuse nous explique pourquoi.

Par Romain Despierre · Publié le 3 septembre 2024 à 12h30 · Musique

C’est par un long message publié dimanche sur Instagram que Les Ondes Basses ont annoncé la nouvelle à leurs fans : la tournée «{NB}Marée haute{NB}», qui devait passer par Nantes, Bruxelles et Montréal, est annulée. «{NB}Nous avons fait et refait les calculs. À chaque concert, jouer nous coûte de l’argent. Nous ne pouvons plus nous le permettre{NB}», écrit le groupe.
Le trio, révélé en 2021 avec l’album «{NB}Sel{NB}», avait pourtant rempli une grande salle parisienne au printemps.
Crédit photo : Manon Véry
Leur label, Disques Verveine, dit «{NB}respecter et soutenir{NB}» cette décision. Dans un communiqué, il pointe «{NB}l’explosion des coûts de transport, d’hébergement et de technique{NB}», en hausse de 35 % depuis 2019 selon ses propres chiffres.
Nous avons joint Inès Carrel, chanteuse et guitariste du groupe, au téléphone.
Comment avez-vous pris cette décision ?
Inès Carrel — Collectivement, et dans la douleur. On a ouvert le tableau de notre tourneur et on a vu qu’on perdait entre 800 et 1 500 euros par date. Notre tourneur nous a dit : «{NB}Vous pouvez y aller, mais vous rentrerez endettés.{NB}» On ne pouvait pas continuer comme ça.
Les salles ne vous aident pas ?
Elles sont dans la même situation que nous. Les cachets stagnent, tout le reste augmente. Un programmateur m’a même confié : «{NB}Si tu savais combien je perds sur une soirée à guichets fermés…{NB}» Ça en dit long.
Vous allez arrêter la musique ?
Non ! On sort un EP en janvier et on jouera quelques dates, en festival surtout. Mais il faut que le public comprenne que derrière un billet à 25 euros, il y a des musiciens qui ne se paient pas.
À lire aussi : Festivals : l’été de tous les déficits
Le cas n’est pas isolé. « Nous recensons plus de quarante tournées annulées depuis janvier, et ce ne sont que celles qu’on nous signale », a réagi Sophie Tardy-Lamarque, déléguée générale du Syndicat des musiques actuelles indépendantes (Smai), qui réclame un fonds d’urgence pour la mobilité des artistes.
Abonnez-vous à notre newsletter musique""",
    [
        ("Jouer nous coûte de l’argent", "Les Ondes Basses", "Les Ondes Basses", None),
        (
            "Nous avons fait et refait les calculs. À chaque concert, jouer nous coûte de l’argent. Nous ne pouvons plus nous le permettre",
            "Les Ondes Basses",
            "le groupe",
            "écrit",
        ),
        ("respecter et soutenir", "Disques Verveine", "Disques Verveine", "dit"),
        (
            "l’explosion des coûts de transport, d’hébergement et de technique",
            "Disques Verveine",
            ("il pointe", "il"),
            "pointe",
        ),
        (
            "Vous pouvez y aller, mais vous rentrerez endettés.",
            "tourneur",
            ("Notre tourneur nous", "Notre tourneur"),
            "a dit",
        ),
        (
            "Si tu savais combien je perds sur une soirée à guichets fermés…",
            "programmateur",
            "Un programmateur",
            "a même confié",
        ),
        (
            "Nous recensons plus de quarante tournées annulées depuis janvier, et ce ne sont que celles qu’on nous signale",
            "Sophie Tardy-Lamarque",
            "Sophie Tardy-Lamarque",
            "a réagi",
        ),
    ],
    ["Marée haute", "Sel"],
)

article(
    "blind31-fr07",
    "fr",
    f"""Biscuits, yaourts, café : la « réduflation » continue de gonfler les prix en rayon

Moins de produit pour le même prix : une association a relevé 74 cas en six mois. Les industriels plaident « la hausse des matières premières ».

Par Hélène Varennes · Publié le 11/10/2023 à 07h00 · Consommation

Le paquet de biscuits Croquelin est passé de 250 à 220 grammes. Son prix, lui, n’a pas bougé : 2,49 euros. C’est l’un des 74 exemples relevés entre mars et septembre par l’Union des consommateurs vigilants (UCV) dans les rayons de six enseignes. «{NNB}En moyenne, les quantités ont baissé de 9 %, pour un prix identique ou en hausse. C’est une augmentation déguisée{NNB}», résume Marc-Antoine Deschênes, le président de l’association.
Pour l’UCV, la pratique est légale mais «{NNB}déloyale{NNB}», car les consommateurs «{NNB}regardent le prix, pas le grammage{NNB}». L’association réclame un affichage obligatoire en rayon lorsqu’un produit change de contenance.
À lire aussi : Inflation : ces produits dont le prix a le plus augmenté en un an
Le fabricant des biscuits Croquelin, la Biscuiterie Maréchal, se défend. «{NNB}Le prix du beurre a augmenté de 40 % en deux ans, celui du sucre de 30 %. Nous avons choisi de réduire légèrement le format plutôt que d’augmenter le prix{NNB}», explique son directeur commercial, Olivier Brachet. Le grammage est «{NNB}clairement indiqué sur l’emballage{NNB}», ajoute-t-il.
Côté distributeurs, on se renvoie la balle. “Ce sont les industriels qui décident des formats, pas nous”, affirme-t-on chez Primévia, deuxième enseigne du pays, où l’on assure avoir “refusé plusieurs baisses de grammage” lors des dernières négociations commerciales.
Un décret attendu
Le ministre du Commerce, Julien Arcade, a annoncé mardi un décret imposant, à partir de juillet, un étiquetage spécifique pendant deux mois après tout changement de format. «{NNB}Le consommateur a le droit de savoir, a déclaré le ministre sur le plateau d’une chaîne économique. Quand on lui donne moins, on doit le lui dire.{NNB}»
Les industriels, eux, dénoncent une mesure «{NNB}coûteuse et inutile{NNB}». La Fédération des entreprises de l’épicerie estime dans un communiqué que «{NNB}le consommateur est déjà parfaitement informé par le prix au kilo{NNB}».
Ce prix au kilo, justement, presque personne ne le lit, rétorque Marc-Antoine Deschênes : «{NNB}Il est écrit en tout petit, en bas de l’étiquette. Il faut une loupe.{NNB}»
Recevez chaque matin la newsletter Conso de la rédaction""",
    [
        (
            "la hausse des matières premières",
            "industriels",
            "Les industriels",
            "plaident",
        ),
        (
            "En moyenne, les quantités ont baissé de 9 %, pour un prix identique ou en hausse. C’est une augmentation déguisée",
            "Marc-Antoine Deschênes",
            "Marc-Antoine Deschênes",
            "résume",
        ),
        ("déloyale", "Union des consommateurs vigilants", ("Pour l’UCV", "l’UCV"), "Pour"),
        (
            "regardent le prix, pas le grammage",
            "Union des consommateurs vigilants",
            ("Pour l’UCV", "l’UCV"),
            "Pour",
        ),
        (
            "Le prix du beurre a augmenté de 40 % en deux ans, celui du sucre de 30 %. Nous avons choisi de réduire légèrement le format plutôt que d’augmenter le prix",
            "Olivier Brachet",
            "Olivier Brachet",
            "explique",
        ),
        (
            "clairement indiqué sur l’emballage",
            "Olivier Brachet",
            ("ajoute-t-il", "il"),
            "ajoute",
        ),
        (
            "Ce sont les industriels qui décident des formats, pas nous",
            "Primévia",
            "Primévia",
            "affirme",
        ),
        ("refusé plusieurs baisses de grammage", "Primévia", "Primévia", "assure"),
        ("Le consommateur a le droit de savoir", "Julien Arcade", "le ministre", "a déclaré"),
        (
            "Quand on lui donne moins, on doit le lui dire.",
            "Julien Arcade",
            "le ministre",
            "a déclaré",
        ),
        ("coûteuse et inutile", "industriels", "Les industriels", "dénoncent"),
        (
            "le consommateur est déjà parfaitement informé par le prix au kilo",
            "Fédération des entreprises de l’épicerie",
            "La Fédération des entreprises de l’épicerie",
            "estime",
        ),
        (
            "Il est écrit en tout petit, en bas de l’étiquette. Il faut une loupe.",
            "Marc-Antoine Deschênes",
            "Marc-Antoine Deschênes",
            "rétorque",
        ),
    ],
    ["réduflation"],
)

article(
    "blind31-fr08",
    "fr",
    f"""Miquelon : le ferry « Nordet » immobilisé pour plusieurs semaines

Par Anaïs Lebailly · Publié le 27 janvier 2024 à 11h05, mis à jour à 16h40

Nouveau coup dur pour la desserte de Miquelon. Le ferry « Nordet », qui assure la liaison avec Saint-Pierre, restera à quai « au moins trois semaines », a annoncé vendredi la Collectivité territoriale de Saint-Pierre-et-Miquelon, propriétaire du navire. En cause : une avarie sur l’un des deux moteurs, détectée lors d’un contrôle de routine.
« La pièce doit venir de Norvège. Nous avons demandé un transport express, mais avec la météo de janvier, je ne peux rien promettre », a expliqué le président de la Collectivité, Bernard Arrossamena, lors d’un point presse.
Le « Nordet » au port de Saint-Pierre, en décembre. © Anaïs Lebailly
En attendant, seul l’avion de dix-neuf places assure les rotations, trois fois par semaine. Trop peu, selon les Miquelonnais. « On est 600 là-bas. Si tout le monde doit prendre l’avion, les places partent en deux heures, témoigne Martine Girardin, qui fait chaque semaine l’aller-retour pour ses séances de dialyse. Et quand il y a du brouillard, l’avion ne part pas non plus. »
Les commerçants s’inquiètent aussi pour le fret. Les produits frais arrivent habituellement par le ferry le mardi. «{NB}Mes rayons seront vides d’ici dix jours si rien ne bouge{NB}», prévient Jean-Claude Poirier, gérant de la seule épicerie du village.
La préfecture de Saint-Pierre-et-Miquelon a fait savoir qu’un patrouilleur pourrait être mobilisé «{NB}pour les évacuations sanitaires et les urgences{NB}» uniquement. «{NB}Il ne s’agit en aucun cas d’une solution de transport régulier{NB}», précise la préfecture dans un communiqué.
Écouter le reportage de notre journaliste (2’14)
La Collectivité étudie aussi l’affrètement d’un bateau depuis Terre-Neuve. Joint par téléphone, l’armateur Gary Pittman se dit «prêt à discuter». «We have a vessel available, but the crossing to Miquelon is no short hop in winter», a-t-il prévenu.
Au conseil territorial, l’opposition fustige un manque d’anticipation. « Ce ferry a vingt-deux ans. On savait depuis longtemps qu’il fallait le remplacer », a dénoncé l’élue d’opposition Valérie Lafargue.
Le président Arrossamena assure qu’un appel d’offres pour un nouveau navire sera lancé « avant l’été ».
À lire aussi : Saint-Pierre : la piste de l’aéroport sera rallongée en 2025""",
    [
        (
            "au moins trois semaines",
            "Collectivité territoriale de Saint-Pierre-et-Miquelon",
            "la Collectivité territoriale de Saint-Pierre-et-Miquelon",
            "a annoncé",
        ),
        (
            "La pièce doit venir de Norvège. Nous avons demandé un transport express, mais avec la météo de janvier, je ne peux rien promettre",
            "Bernard Arrossamena",
            "Bernard Arrossamena",
            "a expliqué",
        ),
        (
            "On est 600 là-bas. Si tout le monde doit prendre l’avion, les places partent en deux heures",
            "Martine Girardin",
            "Martine Girardin",
            "témoigne",
        ),
        (
            "Et quand il y a du brouillard, l’avion ne part pas non plus.",
            "Martine Girardin",
            "Martine Girardin",
            "témoigne",
        ),
        (
            "Mes rayons seront vides d’ici dix jours si rien ne bouge",
            "Jean-Claude Poirier",
            "Jean-Claude Poirier",
            "prévient",
        ),
        (
            "pour les évacuations sanitaires et les urgences",
            "préfecture de Saint-Pierre-et-Miquelon",
            "La préfecture de Saint-Pierre-et-Miquelon",
            "a fait savoir",
        ),
        (
            "Il ne s’agit en aucun cas d’une solution de transport régulier",
            "préfecture de Saint-Pierre-et-Miquelon",
            "la préfecture",
            "précise",
        ),
        ("prêt à discuter", "Gary Pittman", "Gary Pittman", "se dit"),
        (
            "We have a vessel available, but the crossing to Miquelon is no short hop in winter",
            "Gary Pittman",
            ("a-t-il prévenu", "il"),
            "a-t-il prévenu",
        ),
        (
            "Ce ferry a vingt-deux ans. On savait depuis longtemps qu’il fallait le remplacer",
            "Valérie Lafargue",
            "Valérie Lafargue",
            "a dénoncé",
        ),
        ("avant l’été", "Bernard Arrossamena", "Arrossamena", "assure"),
    ],
    ["Nordet", "Nordet", "Nordet"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind31_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
