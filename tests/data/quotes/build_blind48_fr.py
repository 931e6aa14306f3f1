# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind48_fr.jsonl: a forty-eighth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: the trial of a coach driver after a
crash on the Cilaos road (Imaz Press Réunion, overseas courts and transport: plain-spaced « », a
headline quote without cue spoken later in the body, an answer to the presiding judge with no
cue, an expert's report quoted by partial quotes, a victim's quote over two paragraphs, a
lawyer's interrupted quote, a road nickname in marks), bluetongue vaccination costs for Ardenne
farmers (TV Lux, Belgian regional television site: NBSP padding and curly apostrophes, a dek
partial quote from a plural group, an interrupted quote with "prévient-il", a health association
and a young farmers' federation with short names in brackets, a Facebook post, a ministerial
cabinet quoted with "précise-t-on au cabinet", a campaign slogan in marks, an unnamed sheep
farmer), a rockfall closing the Anniviers valley road (Canal 9, Swiss Valais television site:
unpadded «», a headline quote with a plural group, a conseiller d'État's interrupted quote, a
department quoted by its short name from a communiqué, a shuttle name in marks, a nested " "
inside a quote, a follow-on quote without cue, an unnamed apprentice), an emergency room kept
closed at night in Saint-Prosper (EnBeauce.com, Québec regional health: NBSP padding, a health
agency named by short name and "l'établissement", a mayor's quote over two paragraphs with
"la mairesse", a union president, an anonymous nurse, an MNA's Facebook post, a petition title in
marks), musicians' sit-in over unpaid royalties in Ouagadougou (Burkina24, Burkinabè culture:
plain-spaced « », a headline partial quote from a plural group repeated in the body, a
collective's name, a nickname and a song title in marks, a director's interrupted quote with
"a-t-elle déclaré", a copyright office's communiqué by partial quotes, the nickname later used
as speaker mention, an unnamed backing singer), fast boats grounded after a drifting ferry
(Al-Watwan, Comorian transport: NNBSP padding, a boat name in marks three times, a maritime
agency's circular, a passenger's follow-on quote, a question ending a quote before
"s'interroge-t-il", a minister by role noun with "Selon", an unnamed docker), cocoa farm-gate
prices in the Lékié (Journal du Cameroun, Cameroonian agriculture: “ ” marks, two terms in marks
that are not speech, an interrupted quote with "explique-t-il", a cooperative named "La
coopérative", an unnamed buyer, a cue before a colon) and a dance group disqualified from a
competition in Papeete (TNTV, Tahitian culture: NBSP after the opening mark but a plain space
before the closing one, a dek partial quote by a role noun, a group's name and a show title in
marks, a jury president's interrupted quote and follow-on quote, a cultural body's communiqué,
a group's Facebook post, an unnamed dancer). Padding varies: NBSP, NNBSP, plain spaces, none,
mixed. Gold conventions are those of build_dev.py; unnamed people are named by the head of their
role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind48_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind48-fr01",
    "fr",
    """« Je n'ai pas vu le virage arriver » : le chauffeur du car de Cilaos jugé à Saint-Pierre

Publié le mardi 1 décembre 2026 à 17:48 | Mis à jour à 18:20

Onze passagers blessés, dont deux grièvement : le tribunal correctionnel de Saint-Pierre a examiné ce mardi l'accident du car de la ligne Saint-Louis – Cilaos, survenu le 14 mars dernier dans un lacet de la RN5. Le chauffeur, Jean-Hugues Técher, 52 ans, et son employeur, la société Transports Grondin-Lebon, étaient poursuivis pour blessures involontaires.

Ce matin-là, le car avait quitté la gare routière de Saint-Louis à 7h10 avec vingt-trois passagers à bord, principalement des lycéens et des salariés. Peu après le pont de l'Escalier, le véhicule a manqué un virage, percuté le parapet et s'est immobilisé en travers de la chaussée, à quelques mètres du vide. Sur cette « route aux 400 virages », les accidents de car restent pourtant rares.

À la barre, le chauffeur n'a cessé de répéter la même phrase. « Je n'ai pas vu le virage arriver. J'avais fait la ligne deux fois la veille, je connais cette route par cœur », a-t-il déclaré, la voix nouée. La présidente du tribunal, Sylvie Moutoussamy, lui a demandé s'il s'était senti fatigué ce jour-là. « Non, madame la présidente. C'est les freins. J'ai appuyé, et rien. »

Dans son rapport, l'expert mandaté par le parquet, Patrice Hoarau, relève pourtant que les plaquettes de frein arrière présentaient « une usure supérieure à 80 % » et que le car affichait « plus de 900 000 kilomètres au compteur ».

Lire aussi : Cilaos : la RN5 fermée la nuit pour travaux jusqu'en février

Une victime encore marquée

Assise au premier rang, le bras gauche encore immobilisé, Nathalie Fontaine, aide-soignante à Cilaos, a raconté les minutes qui ont suivi le choc.

« Je me suis retrouvée par terre entre deux sièges, avec une lycéenne sur moi qui hurlait. Quand j'ai vu par la vitre qu'on était à un mètre du ravin, j'ai cru que c'était fini.

« Aujourd'hui encore, je ne peux plus prendre le car. Je monte à Cilaos en covoiturage, et je ferme les yeux dans les virages », a-t-elle témoigné.

Pour la procureure adjointe, Anne-Laure Vidot, l'accident est le résultat d'« une succession de négligences ». « Le chauffeur aurait dû signaler ces freins. L'entreprise aurait dû les changer. Chacun a laissé faire », a-t-elle lancé avant de requérir un an d'emprisonnement avec sursis contre Jean-Hugues Técher et 30 000 euros d'amende contre la société.

« Mon client n'est pas un chauffard, a plaidé son avocat, Me Djalil Ibrahim. C'est un homme que son employeur envoyait chaque jour sur la route la plus dangereuse de l'île avec un véhicule qu'il savait fatigué. »

Le gérant de la société, Guy Grondin, a contesté toute économie sur l'entretien. « Nos cars passent au contrôle technique tous les six mois. Celui-là était en règle », a-t-il assuré. L'avocate de l'entreprise, Me Karine Sautron, a plaidé la relaxe, estimant que le dossier ne permettait pas d'établir « un lien certain » entre l'usure des freins et l'accident.

Le jugement a été mis en délibéré au 12 janvier.

(Photo d'illustration rb/www.ipreunion.com)

mb/www.ipreunion.com / redac@ipreunion.com

Partager cet article""",
    [
        ("Je n'ai pas vu le virage arriver", "Jean-Hugues Técher", None, None),
        (
            "Je n'ai pas vu le virage arriver. J'avais fait la ligne deux fois la veille, je connais cette route par cœur",
            "Jean-Hugues Técher",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Non, madame la présidente. C'est les freins. J'ai appuyé, et rien.",
            "Jean-Hugues Técher",
            ("lui a demandé", "lui"),
            None,
        ),
        ("une usure supérieure à 80 %", "Patrice Hoarau", "Patrice Hoarau", "relève"),
        ("plus de 900 000 kilomètres au compteur", "Patrice Hoarau", "Patrice Hoarau", "relève"),
        (
            "Je me suis retrouvée par terre entre deux sièges, avec une lycéenne sur moi qui hurlait. Quand j'ai vu par la vitre qu'on était à un mètre du ravin, j'ai cru que c'était fini.",
            "Nathalie Fontaine",
            "Nathalie Fontaine",
            "a-t-elle témoigné",
        ),
        (
            "Aujourd'hui encore, je ne peux plus prendre le car. Je monte à Cilaos en covoiturage, et je ferme les yeux dans les virages",
            "Nathalie Fontaine",
            ("a-t-elle témoigné", "elle"),
            "a-t-elle témoigné",
        ),
        ("une succession de négligences", "Anne-Laure Vidot", "Anne-Laure Vidot", "Pour"),
        (
            "Le chauffeur aurait dû signaler ces freins. L'entreprise aurait dû les changer. Chacun a laissé faire",
            "Anne-Laure Vidot",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("Mon client n'est pas un chauffard", "Djalil Ibrahim", "Djalil Ibrahim", "a plaidé"),
        (
            "C'est un homme que son employeur envoyait chaque jour sur la route la plus dangereuse de l'île avec un véhicule qu'il savait fatigué.",
            "Djalil Ibrahim",
            "Djalil Ibrahim",
            "a plaidé",
        ),
        (
            "Nos cars passent au contrôle technique tous les six mois. Celui-là était en règle",
            "Guy Grondin",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("un lien certain", "Karine Sautron", "Karine Sautron", "estimant"),
    ],
    ["route aux 400 virages"],
)

article(
    "blind48-fr02",
    "fr",
    f"""Fièvre catarrhale : les éleveurs ardennais veulent que la Wallonie paie «{NB}toute la facture{NB}» du vaccin

Agriculture | Bastogne
Publié le 02/12/2026 à 11h37 – Mis à jour le 02/12/2026 à 15h02
Par Aurélie Gengoux

La campagne de vaccination contre la fièvre catarrhale ovine a démarré dans la province. Les agriculteurs dénoncent un coût qui pèse sur des trésoreries déjà fragiles.

Depuis la réapparition de la fièvre catarrhale ovine (FCO) dans plusieurs exploitations du nord de la province cet automne, les vétérinaires ruraux n’arrêtent pas. Bovins comme moutons doivent recevoir deux injections à trois semaines d’intervalle, et ce sont les éleveurs qui règlent la note.

À Sibret, Jean-François Collignon élève 180 Blanc-Bleu. «{NB}À six euros la dose, deux doses par bête, faites le calcul. Et ça, c’est sans compter le passage du vétérinaire{NB}», lâche-t-il en refermant la barrière du couloir de contention.

La Fédération wallonne de l’agriculture (FWA) réclame une prise en charge intégrale par la Région. Sa secrétaire provinciale, Anne-Catherine Wanlin, dénonce «{NB}un deux poids, deux mesures{NB}» avec la Flandre, où une partie du vaccin est remboursée depuis octobre. «{NB}On demande aux éleveurs de protéger le cheptel wallon, donc l’intérêt général. L’intérêt général, ça se finance collectivement{NB}», argumente-t-elle.

«{NB}Ceux qui attendent le printemps prennent un gros risque{NB}»

Du côté de l’Association régionale de santé et d’identification animales (Arsia), on insiste sur l’urgence. L’association a lancé en novembre une campagne d’information baptisée «{NB}Vacciner, c’est protéger{NB}» et, dans une note envoyée aux éleveurs, recommande de «{NB}ne pas attendre le retour des beaux jours{NB}».

Le vétérinaire Olivier Thiry, qui suit une soixantaine de fermes entre Bastogne et Vaux-sur-Sûre, partage cet avis. «{NB}Le moucheron qui transmet le virus ne disparaît pas l’hiver dans nos étables. Ceux qui attendent le printemps, prévient-il, prennent un gros risque.{NB}»

Lire aussi : Libramont : la Foire agricole dévoile ses dates pour 2027

Un éleveur de moutons de Vaux-sur-Sûre, qui a perdu six brebis en octobre, ne décolère pas. «{NB}Moi, j’ai déjà payé. En brebis mortes.{NB}»

Sur Facebook, la Fédération des jeunes agriculteurs (FJA) a publié lundi un message sans détour : «{NB}Nos jeunes installés n’ont pas la trésorerie pour avancer ces frais. Certains vont tout simplement renoncer à vacciner.{NB}»

Contacté par TV Lux, le cabinet de la ministre wallonne de l’Agriculture indique qu’une enveloppe de quatre millions d’euros est «{NB}à l’étude{NB}». «{NB}Aucune décision ne sera prise avant la concertation du 15 décembre avec les organisations agricoles{NB}», précise-t-on au cabinet.

Une réponse qui laisse Jean-François Collignon sceptique. Il dit avoir déjà commandé ses doses, «{NB}parce que le virus, lui, ne va pas attendre la concertation{NB}».

Photo : Une exploitation de Blanc-Bleu à Sibret, mardi. © TV Lux

Partager sur Facebook | Tweet | E-mail""",
    [
        ("toute la facture", "éleveurs ardennais", "les éleveurs ardennais", "veulent"),
        (
            "À six euros la dose, deux doses par bête, faites le calcul. Et ça, c’est sans compter le passage du vétérinaire",
            "Jean-François Collignon",
            ("lâche-t-il", "il"),
            "lâche-t-il",
        ),
        (
            "un deux poids, deux mesures",
            "Anne-Catherine Wanlin",
            "Anne-Catherine Wanlin",
            "dénonce",
        ),
        (
            "On demande aux éleveurs de protéger le cheptel wallon, donc l’intérêt général. L’intérêt général, ça se finance collectivement",
            "Anne-Catherine Wanlin",
            ("argumente-t-elle", "elle"),
            "argumente-t-elle",
        ),
        ("Ceux qui attendent le printemps prennent un gros risque", "Olivier Thiry", None, None),
        (
            "ne pas attendre le retour des beaux jours",
            "Association régionale de santé et d’identification animales",
            "L’association",
            "recommande",
        ),
        (
            "Le moucheron qui transmet le virus ne disparaît pas l’hiver dans nos étables. Ceux qui attendent le printemps",
            "Olivier Thiry",
            ("prévient-il", "il"),
            "prévient-il",
        ),
        ("prennent un gros risque.", "Olivier Thiry", ("prévient-il", "il"), "prévient-il"),
        ("Moi, j’ai déjà payé. En brebis mortes.", "éleveur", "Un éleveur de moutons", None),
        (
            "Nos jeunes installés n’ont pas la trésorerie pour avancer ces frais. Certains vont tout simplement renoncer à vacciner.",
            "Fédération des jeunes agriculteurs",
            "la Fédération des jeunes agriculteurs",
            "a publié",
        ),
        (
            "à l’étude",
            "cabinet de la ministre wallonne de l’Agriculture",
            "le cabinet de la ministre wallonne de l’Agriculture",
            "indique",
        ),
        (
            "Aucune décision ne sera prise avant la concertation du 15 décembre avec les organisations agricoles",
            "cabinet de la ministre wallonne de l’Agriculture",
            ("précise-t-on au cabinet", "cabinet"),
            "précise-t-on",
        ),
        (
            "parce que le virus, lui, ne va pas attendre la concertation",
            "Jean-François Collignon",
            ("Il dit", "Il"),
            "dit",
        ),
    ],
    ["Vacciner, c’est protéger"],
)

article(
    "blind48-fr03",
    "fr",
    """Route d'Anniviers fermée: «On vit au rythme des navettes», soupirent les habitants

VALAIS CENTRAL | Publié le 03.12.2026 à 18h32
Par Mathilde Zufferey

Une semaine après l'éboulement des Pontis, la route entre Sierre et Vissoie reste fermée. Le Canton promet une réouverture partielle, sans s'engager sur une date.

Dans la nuit du 26 novembre, environ 1200 mètres cubes de rochers se sont détachés de la paroi au-dessus de la galerie des Pontis, emportant une partie du parapet et de la chaussée. Personne n'a été blessé. Depuis, les quelque 2700 habitants du val d'Anniviers vivent coupés de la plaine, à l'exception d'un chemin forestier ouvert aux seuls véhicules d'urgence et à des navettes baptisées «Anniviers Express».

Le géologue cantonal, Stéphane Métrailler, a survolé la zone mardi. «Il reste environ 3000 mètres cubes instables au-dessus de la galerie. Tant qu'on ne les a pas purgés, personne ne passe», a-t-il expliqué lors d'un point presse à Sion.

Présent à ses côtés, le chef du Département de la mobilité, du territoire et de l'environnement (DMTE), le conseiller d'État Jean-Maurice Bonvin, a évoqué une réouverture à une voie «avant Noël, si la météo le permet». «Je ne vais pas vous promettre une date, a-t-il toutefois averti. La montagne décide, pas moi.»

Le DMTE précise dans un communiqué que les travaux de purge «seront menés de jour comme de nuit» et que des minages contrôlés sont prévus dès lundi.

Lire aussi: Val d'Hérens: le Conseil d'État débloque 2 millions pour les routes de montagne

Dans la vallée, la patience s'use. Pour le président de la commune d'Anniviers, Yann Savioz, la situation est «tenable pour quelques semaines, pas davantage». Il s'inquiète surtout pour la saison d'hiver: «Nos remontées ouvrent le 12 décembre. Si les touristes doivent changer trois fois de véhicule pour venir skier, ils iront ailleurs.»

À Zinal, l'hôtelière Véronique Massy fait déjà ses comptes. «On a eu trois annulations de groupes pour janvier», constate-t-elle. «Les gens lisent "route fermée" sur internet et ne vont pas plus loin.»

Les pendulaires, eux, s'organisent. Une apprentie de 17 ans, qui travaille dans un garage de Sierre, quitte désormais Vissoie à 5h40 au lieu de 6h45. «Je dors dans le bus. Mes collègues rigolent, mais ça commence à être long.»

Le Canton a annoncé qu'un point de situation serait fait chaque vendredi sur son site internet.

L'éboulement a emporté une partie du parapet à la sortie de la galerie. (Photo: Canal9/M.Z.)

Partager sur: Facebook X WhatsApp""",
    [
        ("On vit au rythme des navettes", "habitants", "les habitants", "soupirent"),
        (
            "Il reste environ 3000 mètres cubes instables au-dessus de la galerie. Tant qu'on ne les a pas purgés, personne ne passe",
            "Stéphane Métrailler",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "avant Noël, si la météo le permet",
            "Jean-Maurice Bonvin",
            "Jean-Maurice Bonvin",
            "a évoqué",
        ),
        (
            "Je ne vais pas vous promettre une date",
            "Jean-Maurice Bonvin",
            ("a-t-il toutefois averti", "il"),
            "a-t-il toutefois averti",
        ),
        (
            "La montagne décide, pas moi.",
            "Jean-Maurice Bonvin",
            ("a-t-il toutefois averti", "il"),
            "a-t-il toutefois averti",
        ),
        (
            "seront menés de jour comme de nuit",
            "Département de la mobilité, du territoire et de l'environnement",
            "Le DMTE",
            "précise",
        ),
        ("tenable pour quelques semaines, pas davantage", "Yann Savioz", "Yann Savioz", "Pour"),
        (
            "Nos remontées ouvrent le 12 décembre. Si les touristes doivent changer trois fois de véhicule pour venir skier, ils iront ailleurs.",
            "Yann Savioz",
            ("Il s'inquiète", "Il"),
            "s'inquiète",
        ),
        (
            "On a eu trois annulations de groupes pour janvier",
            "Véronique Massy",
            ("constate-t-elle", "elle"),
            "constate-t-elle",
        ),
        (
            'Les gens lisent "route fermée" sur internet et ne vont pas plus loin.',
            "Véronique Massy",
            ("constate-t-elle", "elle"),
            None,
        ),
        (
            "Je dors dans le bus. Mes collègues rigolent, mais ça commence à être long.",
            "apprentie",
            "Une apprentie",
            None,
        ),
    ],
    ["Anniviers Express"],
)

article(
    "blind48-fr04",
    "fr",
    f"""Saint-Prosper : l’urgence du CLSC restera fermée la nuit jusqu’en avril

Publié le 4 décembre 2026 à 14 h 12
Par Geneviève Poulin

SANTÉ. Le Centre intégré de santé et de services sociaux de Chaudière-Appalaches (CISSS) a confirmé mercredi que l’urgence du CLSC de Saint-Prosper demeurera fermée de 20 h à 8 h jusqu’au 6 avril au moins. La mesure, que le CISSS qualifiait en septembre de «{NB}temporaire{NB}», devait prendre fin le 1er décembre.

Dans un communiqué, l’établissement explique que «{NB}quatre des sept postes d’infirmières de nuit demeurent vacants malgré les efforts de recrutement{NB}». Le porte-parole du CISSS, Frédéric Cloutier, assure que la population n’est pas laissée à elle-même. «{NB}La nuit, les gens peuvent appeler Info-Santé au 811 ou se présenter à l’Hôpital de Saint-Georges{NB}», a-t-il indiqué.

Une réponse qui passe mal à Saint-Prosper. La mairesse, Lucie Gosselin-Drouin, ne cache pas sa frustration.

«{NB}On nous avait promis trois mois. On est rendus à sept, et personne n’est capable de nous garantir que ça va rouvrir au printemps.

«{NB}Chez nous, la population est vieillissante. Quand un aîné fait un malaise à 2 h du matin, c’est 45 minutes d’ambulance jusqu’à Saint-Georges. Ce n’est pas acceptable{NB}», a déploré la mairesse, jointe par EnBeauce.com.

À lire aussi : Beauce-Sartigan : la MRC réclame une deuxième ambulance de nuit

Une pétition intitulée «{NB}Gardons notre urgence ouverte{NB}» a recueilli plus de 3 200 signatures depuis la fin octobre. Elle doit être déposée à l’Assemblée nationale d’ici Noël.

Du côté syndical, on pointe les conditions de travail. La présidente du Syndicat des professionnelles en soins de la Beauce (SPSB), Marie-Ève Rodrigue, rappelle que les primes de nuit ont été revues à la baisse l’an passé. «{NB}Le CISSS a coupé dans les primes, puis il s’étonne que les filles s’en aillent au privé. Il ne faut pas chercher bien loin{NB}», a-t-elle fait valoir.

Une infirmière du CLSC, qui a requis l’anonymat par crainte de représailles, confirme le malaise. «{NB}On a fait des nuits à une seule infirmière avec un agent de sécurité. Je ne recommencerai pas ça.{NB}»

Sur sa page Facebook, la députée de Beauce-Sud, Josée Lessard-Roy, a affirmé avoir «{NB}interpellé personnellement le ministre{NB}» dans le dossier. Elle écrit : «{NB}Je ne lâcherai pas. Saint-Prosper mérite mieux qu’une urgence à temps partiel.{NB}»

Le conseil municipal doit adopter lundi une résolution demandant au CISSS un plan de retour à l’horaire complet.

Photo : L’entrée de l’urgence du CLSC de Saint-Prosper. (Photo : EnBeauce.com – archives)

Partager | Commenter""",
    [
        (
            "temporaire",
            "Centre intégré de santé et de services sociaux de Chaudière-Appalaches",
            "le CISSS",
            "qualifiait",
        ),
        (
            "quatre des sept postes d’infirmières de nuit demeurent vacants malgré les efforts de recrutement",
            "Centre intégré de santé et de services sociaux de Chaudière-Appalaches",
            "l’établissement",
            "explique",
        ),
        (
            "La nuit, les gens peuvent appeler Info-Santé au 811 ou se présenter à l’Hôpital de Saint-Georges",
            "Frédéric Cloutier",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "On nous avait promis trois mois. On est rendus à sept, et personne n’est capable de nous garantir que ça va rouvrir au printemps.",
            "Lucie Gosselin-Drouin",
            "Lucie Gosselin-Drouin",
            "a déploré",
        ),
        (
            "Chez nous, la population est vieillissante. Quand un aîné fait un malaise à 2 h du matin, c’est 45 minutes d’ambulance jusqu’à Saint-Georges. Ce n’est pas acceptable",
            "Lucie Gosselin-Drouin",
            "la mairesse",
            "a déploré",
        ),
        (
            "Le CISSS a coupé dans les primes, puis il s’étonne que les filles s’en aillent au privé. Il ne faut pas chercher bien loin",
            "Marie-Ève Rodrigue",
            ("a-t-elle fait valoir", "elle"),
            "a-t-elle fait valoir",
        ),
        (
            "On a fait des nuits à une seule infirmière avec un agent de sécurité. Je ne recommencerai pas ça.",
            "infirmière",
            "Une infirmière",
            "confirme",
        ),
        (
            "interpellé personnellement le ministre",
            "Josée Lessard-Roy",
            "Josée Lessard-Roy",
            "a affirmé",
        ),
        (
            "Je ne lâcherai pas. Saint-Prosper mérite mieux qu’une urgence à temps partiel.",
            "Josée Lessard-Roy",
            ("Elle écrit", "Elle"),
            "écrit",
        ),
    ],
    ["Gardons notre urgence ouverte"],
)

article(
    "blind48-fr05",
    "fr",
    """Droits d'auteur : les artistes dénoncent le « mépris » du BBDA

Publié le vendredi 4 décembre 2026 à 10h26
Par Aminata Sawadogo

Une cinquantaine d'artistes musiciens ont observé ce jeudi 3 décembre 2026 un sit-in devant le siège du Bureau burkinabè du droit d'auteur (BBDA), à Ouagadougou. Regroupés au sein du collectif « Sans droits, pas de chansons », ils réclament le paiement de la répartition annuelle des droits, attendue depuis octobre.

Pancartes en main, les manifestants ont occupé le trottoir de l'avenue dès 8 heures. À leur tête, Abdoul Karim Tiendrébéogo, dit « Kiss Tenga », dont le titre « Yaaba la tenga » a été l'un des plus diffusés de l'année sur les radios du pays. « Cela fait quatorze mois que nous n'avons rien perçu. Pendant ce temps, nos chansons passent tous les jours à la radio, dans les maquis, dans les cars », a-t-il dénoncé, micro en main. Pour lui, le BBDA fait preuve d'un « mépris » envers les créateurs.

La chanteuse Salimata Kaboré, venue de Bobo-Dioulasso pour l'occasion, témoigne : « J'ai une famille de six personnes. Les droits d'auteur, c'est ma retraite. Quand ils ne tombent pas, c'est toute la famille qui souffre. »

Une choriste présente au sit-in glisse, amère : « On chante pour les autres, et même nos droits, on doit les chanter. »

Lire aussi : Culture : le FESPACO 2027 dévoile son affiche officielle

Une délégation reçue par la directrice générale

Vers 11 heures, une délégation de cinq artistes a été reçue par la directrice générale du BBDA, Rasmata Nikiéma. « Nous comprenons la colère des artistes, a-t-elle déclaré à la sortie de la rencontre. Mais la répartition dépend des déclarations des diffuseurs, et plusieurs radios ne nous ont toujours pas transmis leurs relevés. » Elle a promis un paiement « au plus tard le 20 décembre ».

Dans un communiqué publié dans la soirée, le BBDA appelle les ayants droit « à la sérénité » et assure que « les fonds collectés sont sécurisés et seront intégralement reversés ». Le bureau annonce également des sanctions contre les diffuseurs qui ne respectent pas leurs obligations de déclaration.

Joint par Burkina24, le ministère en charge de la Culture n'a pas souhaité réagir.

Les artistes, eux, restent méfiants. Avant de lever le sit-in, peu après midi, Kiss Tenga a prévenu : « Si le 20 décembre il n'y a rien, nous reviendrons. Et cette fois, avec nos instruments. »

Le collectif dit regrouper près de 300 artistes, musiciens, chanteurs et arrangeurs de toutes les régions du pays.

Photo : Les artistes devant le siège du BBDA, jeudi matin (Ph. Burkina24)

Commentaires (8) | Partager""",
    [
        ("mépris", "artistes", "les artistes", "dénoncent"),
        (
            "Cela fait quatorze mois que nous n'avons rien perçu. Pendant ce temps, nos chansons passent tous les jours à la radio, dans les maquis, dans les cars",
            "Abdoul Karim Tiendrébéogo",
            ("a-t-il dénoncé", "il"),
            "a-t-il dénoncé",
        ),
        ("mépris", "Abdoul Karim Tiendrébéogo", ("Pour lui", "lui"), "Pour"),
        (
            "J'ai une famille de six personnes. Les droits d'auteur, c'est ma retraite. Quand ils ne tombent pas, c'est toute la famille qui souffre.",
            "Salimata Kaboré",
            "Salimata Kaboré",
            "témoigne",
        ),
        (
            "On chante pour les autres, et même nos droits, on doit les chanter.",
            "choriste",
            "Une choriste",
            "glisse",
        ),
        (
            "Nous comprenons la colère des artistes",
            "Rasmata Nikiéma",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "Mais la répartition dépend des déclarations des diffuseurs, et plusieurs radios ne nous ont toujours pas transmis leurs relevés.",
            "Rasmata Nikiéma",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        ("au plus tard le 20 décembre", "Rasmata Nikiéma", ("Elle a promis", "Elle"), "a promis"),
        ("à la sérénité", "Bureau burkinabè du droit d'auteur", "le BBDA", "appelle"),
        (
            "les fonds collectés sont sécurisés et seront intégralement reversés",
            "Bureau burkinabè du droit d'auteur",
            "le BBDA",
            "assure",
        ),
        (
            "Si le 20 décembre il n'y a rien, nous reviendrons. Et cette fois, avec nos instruments.",
            "Abdoul Karim Tiendrébéogo",
            "Kiss Tenga",
            "a prévenu",
        ),
    ],
    ["Sans droits, pas de chansons", "Kiss Tenga", "Yaaba la tenga"],
)

article(
    "blind48-fr06",
    "fr",
    f"""Liaisons maritimes : après l'avarie du «{NNB}Nour el Bahr{NNB}», l'Anam suspend trois vedettes

Moroni, le 2 décembre 2026 – Par Said Abdallah Mze

L'Agence nationale des affaires maritimes (Anam) a suspendu lundi trois vedettes rapides assurant la liaison entre Anjouan et Mohéli, quatre jours après l'avarie de moteur du «{NNB}Nour el Bahr{NNB}», qui a dérivé pendant neuf heures avec 64 passagers à bord avant d'être remorqué vers Fomboni par un bateau de pêche.

Dans une note circulaire signée de son directeur général et adressée aux armateurs, l'Anam indique que ces navires «{NNB}ne pourront reprendre la mer qu'après une inspection complète de leurs moteurs et de leurs équipements de sauvetage{NNB}». Les trois vedettes appartiennent à deux armateurs différents.

Joint par Al-Watwan, le directeur général de l'agence, Ahmed Soilihi Bacar, justifie une décision «{NNB}prise pour sauver des vies{NNB}». «{NNB}Nous ne pouvons plus fermer les yeux. Certaines vedettes embarquent le double de leur capacité, sans gilets pour tout le monde{NNB}», a-t-il affirmé.

Zakia Abdou, commerçante à Mutsamudu, faisait partie des passagers. «{NNB}Le moteur s'est arrêté vers 10 heures. Après, plus rien : pas de radio, pas de réseau. Les enfants vomissaient, les femmes priaient{NNB}», raconte-t-elle.

«{NNB}Je ne reprendrai pas ce bateau. Mais pour aller vendre mes marchandises à Mohéli, je n'ai pas le choix.{NNB}»

Lire aussi : Port de Moroni : les travaux du nouveau quai reportés à 2027

Les armateurs dénoncent une sanction collective

Propriétaire de deux des vedettes suspendues, l'armateur Anfane Youssouf estime être «{NNB}la victime d'une décision précipitée{NNB}». «{NNB}On nous suspend en pleine saison des grands mariages, quand tout le monde voyage. Qui va payer mes équipages ?{NNB}» s'interroge-t-il. Il assure que ses bateaux ont été contrôlés en août.

Le ministre des Transports maritimes et aériens, Houmadi Saandi, a tenu à rassurer les usagers : «{NNB}Les liaisons ne seront pas interrompues. Le navire de l'État sera mobilisé dès jeudi sur la ligne Mutsamudu-Fomboni.{NNB}» Selon le ministre, un nouveau règlement sur le transport de passagers entre les îles sera «{NNB}présenté en Conseil des ministres avant la fin de l'année{NNB}».

Au port de Mutsamudu, mardi matin, les files d'attente s'allongeaient devant les guichets des bateaux encore autorisés. Un docker résume l'ambiance : «{NNB}Les gens ont peur, mais ils montent quand même. Ils n'ont pas d'autre route.{NNB}»

Le «{NNB}Nour el Bahr{NNB}» reste immobilisé à quai à Fomboni en attendant l'expertise.

Photo : Des passagers au port de Mutsamudu, mardi. © Al-Watwan

Partager""",
    [
        (
            "ne pourront reprendre la mer qu'après une inspection complète de leurs moteurs et de leurs équipements de sauvetage",
            "Agence nationale des affaires maritimes",
            "l'Anam",
            "indique",
        ),
        ("prise pour sauver des vies", "Ahmed Soilihi Bacar", "Ahmed Soilihi Bacar", "justifie"),
        (
            "Nous ne pouvons plus fermer les yeux. Certaines vedettes embarquent le double de leur capacité, sans gilets pour tout le monde",
            "Ahmed Soilihi Bacar",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "Le moteur s'est arrêté vers 10 heures. Après, plus rien : pas de radio, pas de réseau. Les enfants vomissaient, les femmes priaient",
            "Zakia Abdou",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "Je ne reprendrai pas ce bateau. Mais pour aller vendre mes marchandises à Mohéli, je n'ai pas le choix.",
            "Zakia Abdou",
            ("raconte-t-elle", "elle"),
            None,
        ),
        (
            "la victime d'une décision précipitée",
            "Anfane Youssouf",
            "Anfane Youssouf",
            "estime",
        ),
        (
            "On nous suspend en pleine saison des grands mariages, quand tout le monde voyage. Qui va payer mes équipages ?",
            "Anfane Youssouf",
            ("s'interroge-t-il", "il"),
            "s'interroge-t-il",
        ),
        (
            "Les liaisons ne seront pas interrompues. Le navire de l'État sera mobilisé dès jeudi sur la ligne Mutsamudu-Fomboni.",
            "Houmadi Saandi",
            "Houmadi Saandi",
            "a tenu à rassurer",
        ),
        (
            "présenté en Conseil des ministres avant la fin de l'année",
            "Houmadi Saandi",
            "le ministre",
            "Selon",
        ),
        (
            "Les gens ont peur, mais ils montent quand même. Ils n'ont pas d'autre route.",
            "docker",
            "Un docker",
            "résume",
        ),
    ],
    ["Nour el Bahr", "Nour el Bahr", "Nour el Bahr"],
)

article(
    "blind48-fr07",
    "fr",
    """Cacao : dans la Lékié, les planteurs dénoncent les “prix bord champ” dictés par les acheteurs

Agriculture
Par Armelle Ngo Mbassi – 5 décembre 2026 à 09:15

Alors que les cours mondiaux restent élevés, les producteurs du département affirment vendre leurs fèves bien en dessous du prix indicatif publié par l’Office national du cacao et du café.

Cette semaine, l’Office national du cacao et du café (ONCC) affichait un prix indicatif de 4 850 FCFA le kilogramme de cacao marchand. Dans les villages autour de Monatélé et d’Obala, pourtant, de nombreux producteurs disent n’avoir reçu que 3 500 à 3 800 FCFA des “coxeurs”, ces intermédiaires qui sillonnent les pistes à moto pour acheter au comptant.

“On nous dit que le cacao n’a jamais été aussi cher sur le marché mondial. Mais ici, au village, on ne voit pas la différence”, s’indigne Gervais Ondoua Mbarga, qui exploite trois hectares à Monatélé. Il dit avoir vendu sa dernière récolte à 3 600 FCFA, “faute de mieux”.

Le président de la Coopérative des producteurs de cacao de la Lékié (Coprocal), Martin Etoundi Nkolo, connaît bien le mécanisme. “Le problème, explique-t-il, c’est que le planteur a besoin d’argent tout de suite. Le coxeur arrive avec du liquide, il paie le jour même, et c’est lui qui fixe le prix.” La coopérative réclame “l’organisation de marchés groupés dans chaque arrondissement” pendant toute la campagne.

Lire aussi : Café robusta : la production du Moungo en recul de 12 %

Un acheteur rencontré à Obala, qui n’a pas souhaité être nommé, se défend : “Le cacao qu’on nous vend est souvent mal séché, mal fermenté. On paie ce qu’il vaut.”

Joint au téléphone, le chef d’antenne de l’ONCC pour le Centre, Cyrille Abena, rappelle que les prix publiés “sont indicatifs et non obligatoires”. “Nous ne pouvons pas imposer un prix à un acheteur privé. En revanche, nous pouvons aider les producteurs à vendre en groupe, et c’est là que se trouve la solution”, poursuit-il.

Dans une lettre circulaire adressée aux sous-préfets, le délégué régional de l’Agriculture pour le Centre, Joseph Mbida Owona, demande de “veiller au respect des points de vente officiels” et de signaler toute balance “non étalonnée”.

Pour les chercheurs, le problème est d’abord financier. L’agroéconomiste Clarisse Manga Fouda résume le dilemme : “Tant que les producteurs n’auront pas accès à un crédit de campagne, ils vendront au premier qui paie.”

Partager : Facebook | WhatsApp | X

Photo : Séchage de fèves de cacao à Monatélé. © Journal du Cameroun""",
    [
        (
            "On nous dit que le cacao n’a jamais été aussi cher sur le marché mondial. Mais ici, au village, on ne voit pas la différence",
            "Gervais Ondoua Mbarga",
            "Gervais Ondoua Mbarga",
            "s’indigne",
        ),
        ("faute de mieux", "Gervais Ondoua Mbarga", ("Il dit", "Il"), "dit"),
        (
            "Le problème",
            "Martin Etoundi Nkolo",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "c’est que le planteur a besoin d’argent tout de suite. Le coxeur arrive avec du liquide, il paie le jour même, et c’est lui qui fixe le prix.",
            "Martin Etoundi Nkolo",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "l’organisation de marchés groupés dans chaque arrondissement",
            "Coopérative des producteurs de cacao de la Lékié",
            "La coopérative",
            "réclame",
        ),
        (
            "Le cacao qu’on nous vend est souvent mal séché, mal fermenté. On paie ce qu’il vaut.",
            "acheteur",
            "Un acheteur",
            "se défend",
        ),
        ("sont indicatifs et non obligatoires", "Cyrille Abena", "Cyrille Abena", "rappelle"),
        (
            "Nous ne pouvons pas imposer un prix à un acheteur privé. En revanche, nous pouvons aider les producteurs à vendre en groupe, et c’est là que se trouve la solution",
            "Cyrille Abena",
            ("poursuit-il", "il"),
            "poursuit-il",
        ),
        (
            "veiller au respect des points de vente officiels",
            "Joseph Mbida Owona",
            "Joseph Mbida Owona",
            "demande",
        ),
        ("non étalonnée", "Joseph Mbida Owona", "Joseph Mbida Owona", "demande"),
        (
            "Tant que les producteurs n’auront pas accès à un crédit de campagne, ils vendront au premier qui paie.",
            "Clarisse Manga Fouda",
            "Clarisse Manga Fouda",
            "résume",
        ),
    ],
    ["prix bord champ", "coxeurs"],
)

article(
    "blind48-fr08",
    "fr",
    f"""Matarii Hura : le groupe de Faa'a disqualifié pour 47 secondes de trop

Publié le 6 décembre 2026 à 08h05, mis à jour à 10h21
Par Heiura Tetuanui

Favori du concours, il a été écarté du palmarès vendredi soir pour dépassement du temps réglementaire. Sa cheffe de groupe parle d'une «{NB}humiliation ».

Le grand théâtre de la Maison de la culture était plein, vendredi soir, pour la finale du Matarii Hura. Mais la remise des prix s'est terminée dans la confusion. Le groupe «{NB}Tamarii Vaitupa », de Faa'a, a été disqualifié pour avoir dépassé de 47 secondes les quarante minutes autorisées. Son spectacle, «{NB}Te ahi o Manu », qui racontait la légende d'un oiseau gardien du feu, était pourtant donné grand favori par le public.

«{NB}Nos danseuses répètent depuis juin, quatre soirs par semaine. On nous a volé notre spectacle pour 47 secondes », a réagi la cheffe de groupe, Moeata Tehiva, à la sortie du théâtre. Autour d'elle, plusieurs danseurs et parents scandaient le nom du groupe.

Le président du jury, Marc Teuira, défend la décision. «{NB}Le règlement est le même pour tous. Nous l'avons rappelé aux chefs de groupe à trois reprises », a-t-il justifié au micro de TNTV.

«{NB}Si on laisse passer 47 secondes cette année, l'année prochaine ce sera deux minutes. »

Il assure avoir vécu ce moment comme un crève-cœur. «{NB}Je comprends leur peine, a-t-il confié en marge de la cérémonie. Mais le chronomètre ne fait pas de sentiment. »

Lire aussi : Heiva i Tahiti 2027 : les inscriptions des groupes de danse sont ouvertes

Dans un communiqué diffusé samedi matin, Te Fare Tauhiti Nui, qui organise le concours, déplore «{NB}la tournure prise par les échanges sur les réseaux sociaux » et rappelle que le chronométrage est «{NB}assuré par un commissaire de justice ». L'établissement précise qu'aucune réclamation n'avait été déposée avant la proclamation des résultats.

Sur sa page Facebook, le groupe a annoncé dans la foulée qu'il déposerait un recours : «{NB}Nous irons jusqu'au bout, pour nos danseurs, pour nos parents et pour tous ceux qui ont cousu nos costumes. »

La ministre de la Culture, Vaitiare Maono, s'est dite «{NB}attristée » par la polémique et souhaite que chacun garde en tête «{NB}l'esprit de partage du ori tahiti ».

Une danseuse du groupe, 19 ans, les yeux encore rougis samedi matin : «{NB}On a tout donné sur scène. Je ne sais pas si je danserai l'année prochaine. »

Le premier prix a finalement été attribué au groupe de Papara, devant celui de Taravao.

Photo : Le groupe Tamarii Vaitupa lors de son passage, vendredi soir. (Photo : TNTV)

Partager cet article""",
    [
        ("humiliation", "Moeata Tehiva", "Sa cheffe de groupe", "parle"),
        (
            "Nos danseuses répètent depuis juin, quatre soirs par semaine. On nous a volé notre spectacle pour 47 secondes",
            "Moeata Tehiva",
            "Moeata Tehiva",
            "a réagi",
        ),
        (
            "Le règlement est le même pour tous. Nous l'avons rappelé aux chefs de groupe à trois reprises",
            "Marc Teuira",
            ("a-t-il justifié", "il"),
            "a-t-il justifié",
        ),
        (
            "Si on laisse passer 47 secondes cette année, l'année prochaine ce sera deux minutes.",
            "Marc Teuira",
            ("a-t-il justifié", "il"),
            None,
        ),
        (
            "Je comprends leur peine",
            "Marc Teuira",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Mais le chronomètre ne fait pas de sentiment.",
            "Marc Teuira",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "la tournure prise par les échanges sur les réseaux sociaux",
            "Te Fare Tauhiti Nui",
            "Te Fare Tauhiti Nui",
            "déplore",
        ),
        (
            "assuré par un commissaire de justice",
            "Te Fare Tauhiti Nui",
            "Te Fare Tauhiti Nui",
            "rappelle",
        ),
        (
            "Nous irons jusqu'au bout, pour nos danseurs, pour nos parents et pour tous ceux qui ont cousu nos costumes.",
            "Tamarii Vaitupa",
            "le groupe",
            "a annoncé",
        ),
        ("attristée", "Vaitiare Maono", "Vaitiare Maono", "s'est dite"),
        ("l'esprit de partage du ori tahiti", "Vaitiare Maono", "Vaitiare Maono", "souhaite"),
        (
            "On a tout donné sur scène. Je ne sais pas si je danserai l'année prochaine.",
            "danseuse",
            "Une danseuse",
            None,
        ),
    ],
    ["Tamarii Vaitupa", "Te ahi o Manu"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind48_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
