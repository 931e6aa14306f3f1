# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind24_fr.jsonl: a twenty-fourth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: sargassum fumes closing a school in
Martinique (France-Antilles: a petition title, a regional body's communiqué, a quote in an
intertitle, an unnamed technician), dinosaur trackways found in a Lot quarry (Sciences et
Avenir: a dek quote, a paper title, a nested “ ” memory, a Q&A whose unmarked answers are not
listed), a fuel shortage idling pirogues in Joal (a Senegalese news site: unpadded marks, a
headline quote with a title-only cue, a ministry communiqué, an anonymous official, a banner
slogan), a dairy cooperative's milk price (a French agricultural weekly: a federation's
verdict, a multi-paragraph farmer's testimony with a nested quote, a letter to members), a
comparution for driving eleven years without a licence (a regional court-reporting page:
courtroom exchanges, a dash dialogue whose unmarked lines are not listed while the “ ”
quote nested in it is, a defendant named by initial, inverted cues), a broken-down supply
schooner leaving Tuamotu atolls short of flour (Tahiti Infos: a ship name in marks, the
shipowner, the territorial ministry, an anonymous sailor), a cancelled tender for a viaduct
(Le Moniteur: a procès-verbal quoted after d'«, a "trois questions" Q&A, an anonymous bidder)
and a lobster wharf closed before the season (Acadie Nouvelle: unpadded marks, "de dire" cues,
an e-mailed statement, a placard slogan). Padding varies: NBSP, NNBSP, plain spaces, none.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind24_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind24-fr01",
    "fr",
    f"""Sargasses : l’école de Pointe-Larose fermée, les parents à bout

Martinique · Société
Par Ludovic Marie-Sainte | Publié le 18/05/2026 à 06h45 | Mis à jour à 09h10

Pour la troisième fois depuis janvier, l’école primaire de Pointe-Larose, au Robert, a fermé ses portes lundi matin. En cause : les émanations d’hydrogène sulfuré dégagées par les bancs de sargasses en décomposition, échoués depuis dix jours au fond de la baie.
« On ne peut pas laisser des enfants de six ans respirer ça toute la journée », a justifié le maire du Robert, Gilbert Abdon-Lauriette, venu constater lui-même la situation dès 7 heures. Les capteurs installés près de la cour ont relevé des pics à 4 ppm dans la nuit de dimanche à lundi, quatre fois le seuil d’alerte.
Crédit photo : Ludovic Marie-Sainte / France-Antilles
Les parents, eux, disent leur lassitude. «{NNB}Mon fils tousse depuis une semaine. Le matin, ça sent l’œuf pourri jusque dans la cuisine{NNB}», raconte Murielle Clairville, mère de deux enfants scolarisés à Pointe-Larose. Elle a lancé sur Internet une pétition intitulée «{NNB}Nos enfants ne sont pas des sargasses{NNB}», qui a recueilli plus de 1 800 signatures en quatre jours.
Pour cette aide-soignante, les familles ont le sentiment d’être oubliées. «{NNB}À Fort-de-France, personne ne se rend compte. Nous, on vit avec les fenêtres fermées et la clim à fond, quand on a la clim{NNB}», soupire-t-elle.
Ramassage : « pas avant la fin du mois »
La Collectivité territoriale de Martinique (CTM), chargée du ramassage en mer et sur le littoral, assure faire son possible. Dans un communiqué publié lundi soir, elle indique que «{NB}deux barges supplémentaires{NB}» seront mobilisées «{NB}dès l’arrivée des pièces de rechange{NB}».
Un technicien du chantier, rencontré sur le ponton, prévient pourtant : « Pas avant la fin du mois. Les barges sont en panne depuis Pâques, et on n’a qu’un seul tracteur pour toute la côte. »
Lire aussi : Sargasses : Le Robert réclame l’état de catastrophe naturelle
L’Agence régionale de santé (ARS) recommande de son côté aux personnes asthmatiques et aux femmes enceintes de «{NB}s’éloigner des zones d’échouement{NB}» dès que les concentrations dépassent 1 ppm. Une cellule d’écoute a été ouverte au centre de santé du bourg.
M. Abdon-Lauriette, lui, réclame un plan d’urgence à l’État. «Ce n’est plus une crise, c’est notre quotidien, a-t-il lancé. Qu’on arrête de nous parler de saison des sargasses : la saison dure toute l’année.» Le conseil municipal doit voter jeudi une motion en ce sens.
En attendant, les 143 élèves de Pointe-Larose seront accueillis à partir de mercredi dans les locaux de l’école du Vert-Pré, à six kilomètres, grâce à des navettes affrétées par la commune. Le rectorat assure que les évaluations de fin d’année seront «{NB}adaptées{NB}» pour les classes concernées.
Newsletter France-Antilles : recevez chaque matin l’essentiel de l’actualité de la Martinique. Je m’inscris
Partager : Facebook | WhatsApp | E-mail""",
    [
        (
            "On ne peut pas laisser des enfants de six ans respirer ça toute la journée",
            "Gilbert Abdon-Lauriette",
            "Gilbert Abdon-Lauriette",
            "a justifié",
        ),
        (
            "Mon fils tousse depuis une semaine. Le matin, ça sent l’œuf pourri jusque dans la cuisine",
            "Murielle Clairville",
            "Murielle Clairville",
            "raconte",
        ),
        (
            "À Fort-de-France, personne ne se rend compte. Nous, on vit avec les fenêtres fermées et la clim à fond, quand on a la clim",
            "Murielle Clairville",
            ("soupire-t-elle", "elle"),
            "soupire",
        ),
        ("pas avant la fin du mois", "technicien", None, None),
        (
            "deux barges supplémentaires",
            "Collectivité territoriale de Martinique",
            ("elle indique", "elle"),
            "indique",
        ),
        (
            "dès l’arrivée des pièces de rechange",
            "Collectivité territoriale de Martinique",
            ("elle indique", "elle"),
            "indique",
        ),
        (
            "Pas avant la fin du mois. Les barges sont en panne depuis Pâques, et on n’a qu’un seul tracteur pour toute la côte.",
            "technicien",
            "Un technicien du chantier",
            "prévient",
        ),
        (
            "s’éloigner des zones d’échouement",
            "Agence régionale de santé",
            "L’Agence régionale de santé",
            "recommande",
        ),
        (
            "Ce n’est plus une crise, c’est notre quotidien",
            "Gilbert Abdon-Lauriette",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Qu’on arrête de nous parler de saison des sargasses : la saison dure toute l’année.",
            "Gilbert Abdon-Lauriette",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("adaptées", "rectorat", "Le rectorat", "assure"),
    ],
    ["Nos enfants ne sont pas des sargasses"],
)
article(
    "blind24-fr02",
    "fr",
    f"""Des empreintes de dinosaures découvertes dans une carrière du Lot

Une centaine de traces laissées il y a 150 millions d’années par des dinosaures carnivores ont été mises au jour sur une dalle calcaire près de Cajarc. Une découverte «{NB}exceptionnelle{NB}», selon les chercheurs.

Paléontologie
Par Hélène Varin le 04.03.2026 à 12h00 · Lecture 4 min.

C’est un conducteur d’engins qui a donné l’alerte. En décapant une couche de marnes, en août dernier, Didier Auzoulat, employé depuis vingt ans à la carrière des Combes, raconte avoir vu «{NB}des creux bizarres, bien alignés, comme des pas dans la boue{NB}». «{NB}J’ai tout de suite arrêté la pelle. Je me suis dit : “Ça, ce n’est pas normal, il faut appeler quelqu’un”{NB}», se souvient-il.
Quelques semaines plus tard, une équipe du laboratoire Paléo-Sud de l’université de Toulouse dégageait la dalle sur près de 600 mètres carrés. Les résultats, publiés le 2 mars dans la revue Geobios Acta sous le titre «{NB}Une piste de théropodes dans le Kimméridgien du Quercy{NB}», décrivent 112 empreintes tridactyles, réparties en onze pistes.
« C’est l’un des plus longs ensembles de pistes connus en Europe pour cette période », explique la paléontologue Camille Fraisse-Ordonez, première autrice de l’étude. Selon elle, les animaux, longs de six à huit mètres, se déplaçaient «{NB}à une allure de marche, environ 7 km/h{NB}», et plusieurs pistes parallèles suggèrent un déplacement en groupe.
Photo : relevé des empreintes sur la dalle des Combes. © Laboratoire Paléo-Sud
Sciences et Avenir : Comment peut-on affirmer qu’ils marchaient ensemble ?
Camille Fraisse-Ordonez : Les pistes sont parallèles, régulièrement espacées, et elles ont la même profondeur, donc le sol avait la même humidité au moment du passage. Ce n’est pas une preuve absolue, mais c’est un faisceau d’indices.
Sciences et Avenir : Que reste-t-il à faire ?
Camille Fraisse-Ordonez : Modéliser la dalle en trois dimensions avant l’hiver. Le gel est notre pire ennemi.
Une interprétation que ne partage pas entièrement Rodolphe Kieffer, spécialiste des traces fossiles au muséum d’histoire naturelle de Vallorbe. «{NNB}Des pistes parallèles, on en trouve partout. Cela peut simplement signifier que les animaux longeaient une berge{NNB}», tempère le chercheur, qui juge néanmoins la découverte «{NNB}remarquable par sa conservation{NNB}».
À lire aussi : Les dinosaures du Jura avaient-ils des plumes ?
Reste à savoir ce que deviendra le site. La société Calcaires du Quercy, qui exploite la carrière, a suspendu l’extraction sur la zone. « Nous travaillons avec les scientifiques pour que la dalle soit protégée puis, à terme, ouverte au public », précise son directeur, Patrick Lestrade, qui évoque « plusieurs centaines de milliers d’euros » de manque à gagner.
La direction régionale des affaires culturelles a été saisie pour un éventuel classement. Une décision est attendue avant l’été.
Newsletter Sciences et Avenir : recevez chaque semaine le meilleur de l’actualité scientifique. S’inscrire""",
    [
        ("exceptionnelle", "chercheurs", "les chercheurs", "selon"),
        (
            "des creux bizarres, bien alignés, comme des pas dans la boue",
            "Didier Auzoulat",
            "Didier Auzoulat",
            "raconte",
        ),
        (
            "J’ai tout de suite arrêté la pelle. Je me suis dit : “Ça, ce n’est pas normal, il faut appeler quelqu’un”",
            "Didier Auzoulat",
            ("se souvient-il", "il"),
            "se souvient",
        ),
        (
            "C’est l’un des plus longs ensembles de pistes connus en Europe pour cette période",
            "Camille Fraisse-Ordonez",
            "Camille Fraisse-Ordonez",
            "explique",
        ),
        (
            "à une allure de marche, environ 7 km/h",
            "Camille Fraisse-Ordonez",
            ("Selon elle", "elle"),
            "Selon",
        ),
        (
            "Des pistes parallèles, on en trouve partout. Cela peut simplement signifier que les animaux longeaient une berge",
            "Rodolphe Kieffer",
            "le chercheur",
            "tempère",
        ),
        ("remarquable par sa conservation", "Rodolphe Kieffer", "le chercheur", "juge"),
        (
            "Nous travaillons avec les scientifiques pour que la dalle soit protégée puis, à terme, ouverte au public",
            "Patrick Lestrade",
            "Patrick Lestrade",
            "précise",
        ),
        (
            "plusieurs centaines de milliers d’euros",
            "Patrick Lestrade",
            "Patrick Lestrade",
            "évoque",
        ),
    ],
    ["Une piste de théropodes dans le Kimméridgien du Quercy"],
)
article(
    "blind24-fr03",
    "fr",
    """Pénurie de carburant à Joal : «Nos pirogues sont à quai depuis dix jours», alerte le président des pêcheurs

Par la Rédaction | 12 février 2026 à 10:32 | Société

Les acteurs de la pêche artisanale de Joal-Fadiouth sont montés au créneau ce mercredi pour dénoncer la pénurie d'essence subventionnée destinée aux pirogues, qui paralyse leurs activités depuis le début du mois. Face à la presse, sur le quai de pêche, le président du Conseil local de pêche artisanale (Clpa), Mamadou Lamine Diouf, n'a pas mâché ses mots.
«Nos pirogues sont à quai depuis dix jours. Les familles ne mangent plus à leur faim, les mareyeuses n'ont rien à vendre», a-t-il fustigé. Avant d'ajouter : «On nous parle de modernisation de la pêche, mais on ne peut même pas acheter du carburant.»
Selon M. Diouf, la station-service du quai ne reçoit plus que «3 000 litres par semaine, contre 15 000 avant». Une situation qui pousse certains capitaines à acheter l'essence au marché noir, «à 1 200 francs le litre», dénonce-t-il.
Derrière lui, des dizaines de pêcheurs brandissaient des pancartes sur lesquelles on pouvait lire «Sans carburant, pas de poisson» ou encore «Joal n'est pas oubliée».
Partager : Facebook WhatsApp X
Assise sur une caisse vide, Ndèye Coumba Faye, mareyeuse depuis vingt-deux ans, confie : «Mes enfants ne vont plus à l'école parce que je ne peux pas payer le transport. Si ça continue, les jeunes vont tous prendre la mer, mais pour l'Espagne.» Une allusion aux départs de pirogues vers les Canaries, qui ont repris ces derniers mois sur la Petite-Côte.
Joint au téléphone, un responsable du ministère des Pêches et de l'Économie maritime, qui a requis l'anonymat, reconnaît «des retards dans l'approvisionnement», liés selon lui «à un problème de quotas chez les distributeurs».
Dans un communiqué parvenu à notre rédaction jeudi, le ministère des Pêches et de l'Économie maritime assure pour sa part que «la situation sera normalisée dans les prochains jours» et invite les pêcheurs «au calme et à la patience». La tutelle annonce également l'envoi d'une mission d'inspection à Joal.
Une réponse qui ne convainc pas le maire de la commune, Ousmane Sarr Ndiaye. «Joal vit de la mer. Quand la mer s'arrête, c'est toute la commune qui s'arrête», a soutenu l'édile, qui dit avoir saisi le gouverneur de la région de Thiès. Il appelle l'État à «prendre ses responsabilités avant qu'il ne soit trop tard».
Le Clpa menace d'organiser une marche jusqu'à Mbour la semaine prochaine si rien ne bouge. «Nous sommes des pères de famille, pas des agitateurs. Mais nous ne resterons pas les bras croisés», a prévenu Mamadou Lamine Diouf.
Lire aussi : Kayar : deux pêcheurs portés disparus en mer depuis dimanche
Commentaires (14)""",
    [
        (
            "Nos pirogues sont à quai depuis dix jours",
            "Mamadou Lamine Diouf",
            "le président des pêcheurs",
            "alerte",
        ),
        (
            "Nos pirogues sont à quai depuis dix jours. Les familles ne mangent plus à leur faim, les mareyeuses n'ont rien à vendre",
            "Mamadou Lamine Diouf",
            ("a-t-il fustigé", "il"),
            "a-t-il fustigé",
        ),
        (
            "On nous parle de modernisation de la pêche, mais on ne peut même pas acheter du carburant.",
            "Mamadou Lamine Diouf",
            None,
            "ajouter",
        ),
        (
            "3 000 litres par semaine, contre 15 000 avant",
            "Mamadou Lamine Diouf",
            "M. Diouf",
            "Selon",
        ),
        (
            "à 1 200 francs le litre",
            "Mamadou Lamine Diouf",
            ("dénonce-t-il", "il"),
            "dénonce",
        ),
        (
            "Mes enfants ne vont plus à l'école parce que je ne peux pas payer le transport. Si ça continue, les jeunes vont tous prendre la mer, mais pour l'Espagne.",
            "Ndèye Coumba Faye",
            "Ndèye Coumba Faye",
            "confie",
        ),
        (
            "des retards dans l'approvisionnement",
            "responsable",
            "un responsable du ministère des Pêches et de l'Économie maritime",
            "reconnaît",
        ),
        (
            "à un problème de quotas chez les distributeurs",
            "responsable",
            ("selon lui", "lui"),
            "selon",
        ),
        (
            "la situation sera normalisée dans les prochains jours",
            "ministère des Pêches et de l'Économie maritime",
            "le ministère des Pêches et de l'Économie maritime",
            "assure",
        ),
        (
            "au calme et à la patience",
            "ministère des Pêches et de l'Économie maritime",
            "le ministère des Pêches et de l'Économie maritime",
            "invite",
        ),
        (
            "Joal vit de la mer. Quand la mer s'arrête, c'est toute la commune qui s'arrête",
            "Ousmane Sarr Ndiaye",
            "l'édile",
            "a soutenu",
        ),
        (
            "prendre ses responsabilités avant qu'il ne soit trop tard",
            "Ousmane Sarr Ndiaye",
            ("Il appelle", "Il"),
            "appelle",
        ),
        (
            "Nous sommes des pères de famille, pas des agitateurs. Mais nous ne resterons pas les bras croisés",
            "Mamadou Lamine Diouf",
            "Mamadou Lamine Diouf",
            "a prévenu",
        ),
    ],
    ["Sans carburant, pas de poisson", "Joal n'est pas oubliée"],
)
article(
    "blind24-fr04",
    "fr",
    f"""Prix du lait : « On travaille à perte », préviennent les éleveurs normands

Économie · Lait
Par Anne-Sophie Guérard | Publié le 09/01/2026 | Réservé aux abonnés

La coopérative Laitiers du Bocage normand (LBN), qui collecte 1,2 milliard de litres auprès de 2 300 adhérents, a annoncé mardi un prix de base de 438 euros les 1 000 litres pour le premier trimestre 2026, en baisse de 17 euros par rapport au trimestre précédent. Un niveau jugé «{NB}insuffisant pour couvrir les coûts de production{NB}» par la Fédération des producteurs de lait de la Manche (FPLM), qui réclame «{NB}au minimum 470 euros{NB}».
« Nous avons fait le maximum dans un marché des produits industriels qui s’est retourné à l’automne », a défendu le président de la coopérative, Hervé Lemonnier, lors de l’assemblée de section de Saint-Lô. « Le beurre a perdu 20 % en trois mois, la poudre 12 %. Nous ne pouvons pas payer un prix que le marché ne nous paie pas. »
Dans la salle, l’explication a eu du mal à passer. Installé avec son épouse à Percy-en-Normandie, à la tête d’un troupeau de 85 prim’holsteins, Mathieu Lecoeur détaille :
«{NNB}Entre les aliments, l’énergie et les annuités du robot, mon prix de revient tourne autour de 470 euros. À 438, je perds plus de 30 euros sur chaque millier de litres.
«{NNB}Mon banquier m’a dit : “Tenez jusqu’au printemps.” Mais tenir avec quoi ? Je n’ai pas pris de salaire depuis septembre.{NNB}»
Photo : Assemblée de section de la coopérative à Saint-Lô, le 6 janvier. © A.-S. Guérard
Lire aussi : Collecte laitière : la Normandie recule pour la deuxième année consécutive
Pour Lucie Perrotin, économiste à l’Observatoire des filières animales, la baisse devrait rester «{NB}temporaire{NB}». «{NB}Les stocks de beurre se résorbent. On peut espérer un redressement dès le deuxième trimestre, à condition que la collecte européenne reste sage{NB}», estime-t-elle. L’économiste met toutefois en garde contre «{NB}l’effet ciseau{NB}» si le prix des aliments repart à la hausse avec la prochaine récolte.
Du côté de la coopérative, on assure que les charges de structure ont été réduites. Dans une lettre adressée aux adhérents le 7 janvier, Laitiers du Bocage normand promet de «{NB}revenir vers les producteurs dès que les marchés se redresseront{NB}» et évoque un possible complément de prix en fin d’exercice. «{NB}Chaque centime de valeur créée sera redistribué{NB}», écrit le directeur général, Thierry Vasselin.
La FPLM, elle, appelle à un rassemblement devant le siège de la coopérative, à Vire, le 16 janvier. «{NB}Les éleveurs ne sont pas la variable d’ajustement des laiteries{NB}», martèle sa présidente, Sandrine Hamelin, qui craint «{NB}une vague d’arrêts{NB}» dans les exploitations les plus endettées. Selon la fédération, une quarantaine d’adhérents auraient déjà cessé la production en 2025.
Cotations : consultez les prix du lait payés par les laiteries dans notre rubrique Marchés
Abonnez-vous pour lire nos analyses de marché chaque semaine""",
    [
        ("On travaille à perte", "éleveurs", "les éleveurs normands", "préviennent"),
        (
            "insuffisant pour couvrir les coûts de production",
            "Fédération des producteurs de lait de la Manche",
            "la Fédération des producteurs de lait de la Manche",
            "jugé",
        ),
        (
            "au minimum 470 euros",
            "Fédération des producteurs de lait de la Manche",
            "la Fédération des producteurs de lait de la Manche",
            "réclame",
        ),
        (
            "Nous avons fait le maximum dans un marché des produits industriels qui s’est retourné à l’automne",
            "Hervé Lemonnier",
            "Hervé Lemonnier",
            "a défendu",
        ),
        (
            "Le beurre a perdu 20 % en trois mois, la poudre 12 %. Nous ne pouvons pas payer un prix que le marché ne nous paie pas.",
            "Hervé Lemonnier",
            None,
            None,
        ),
        (
            "Entre les aliments, l’énergie et les annuités du robot, mon prix de revient tourne autour de 470 euros. À 438, je perds plus de 30 euros sur chaque millier de litres.",
            "Mathieu Lecoeur",
            "Mathieu Lecoeur",
            "détaille",
        ),
        (
            "Mon banquier m’a dit : “Tenez jusqu’au printemps.” Mais tenir avec quoi ? Je n’ai pas pris de salaire depuis septembre.",
            "Mathieu Lecoeur",
            "Mathieu Lecoeur",
            "détaille",
        ),
        ("temporaire", "Lucie Perrotin", "Lucie Perrotin", "Pour"),
        (
            "Les stocks de beurre se résorbent. On peut espérer un redressement dès le deuxième trimestre, à condition que la collecte européenne reste sage",
            "Lucie Perrotin",
            ("estime-t-elle", "elle"),
            "estime",
        ),
        ("l’effet ciseau", "Lucie Perrotin", "L’économiste", "met toutefois en garde"),
        (
            "revenir vers les producteurs dès que les marchés se redresseront",
            "Laitiers du Bocage normand",
            ("le 7 janvier, Laitiers du Bocage normand", "Laitiers du Bocage normand"),
            "promet",
        ),
        (
            "Chaque centime de valeur créée sera redistribué",
            "Thierry Vasselin",
            "Thierry Vasselin",
            "écrit",
        ),
        (
            "Les éleveurs ne sont pas la variable d’ajustement des laiteries",
            "Sandrine Hamelin",
            "Sandrine Hamelin",
            "martèle",
        ),
        ("une vague d’arrêts", "Sandrine Hamelin", "Sandrine Hamelin", "craint"),
    ],
)
article(
    "blind24-fr05",
    "fr",
    f"""Tribunal d’Auxerre : onze ans au volant sans jamais avoir eu le permis

Justice · Chronique d’audience
Par Bastien Mouillefarine | Publié le 02/12/2026 à 17h30

Il a le dos voûté et les mains serrées sur la barre. Kévin R., 34 ans, chauffeur-livreur dans une entreprise de messagerie de l’Auxerrois, comparaissait mardi devant le tribunal correctionnel d’Auxerre pour conduite sans permis, usage de faux document administratif et défaut d’assurance. Contrôlé en septembre sur la RN6, à Appoigny, il avait présenté aux gendarmes un permis acheté sur Internet.
Sauf que l’enquête a établi qu’il n’avait jamais obtenu le précieux papier rose. Ni en 2015, ni depuis. «{NB}Onze ans sans permis, et pas une seule contravention{NB}?{NB}», s’étonne la présidente, Martine Cazal-Rigaud, en feuilletant le relevé d’information intégral. «{NB}J’ai toujours fait attention, madame la présidente{NB}», répond le prévenu, d’une voix à peine audible.
— Et ce faux permis, vous l’avez payé combien{NB}?
— 400 euros. Sur un site.
— Vous saviez que c’était illégal{NB}?
— Oui. Mais mon patron m’a dit{NB}: “Si tu n’as pas le permis, tu n’as pas le poste.” Alors j’ai menti.
Partager cet article
Le prévenu raconte avoir raté l’examen pratique trois fois, à 19 ans, puis avoir «{NB}eu trop honte{NB}» pour se réinscrire. Son employeur, cité comme témoin, ne s’est pas présenté à l’audience.
Pour le ministère public, la sincérité du prévenu ne change rien à la gravité des faits. «{NB}Monsieur a conduit onze ans en mettant en danger tout le monde sur la route. Le jour où il renverse quelqu’un, qui paiera{NB}? Pas l’assurance, il n’en avait pas{NB}», a lancé le substitut du procureur, Grégoire Lhomme, qui a requis six mois d’emprisonnement avec sursis et la confiscation du véhicule.
Lire aussi : Comparution immédiate : il volait du gazole sur les chantiers de l’A6
En défense, Me Inès Boukhari a plaidé la clémence. «{NB}Mon client n’est pas un chauffard. C’est un homme qui a raté son permis, qui a eu honte et qui a continué à aller travailler pour nourrir ses deux enfants{NB}», a-t-elle insisté. Selon l’avocate, le véritable fautif est «{NB}l’employeur qui a fermé les yeux pendant des années{NB}».
Invité à s’exprimer en dernier, Kévin R. s’est contenté de quelques mots. «{NB}Je regrette. Je suis inscrit à l’auto-école depuis octobre.{NB}»
Après une courte délibération, le tribunal l’a condamné à quatre mois d’emprisonnement avec sursis et 500 euros d’amende. La voiture, elle, ne sera pas confisquée. «{NB}Et vous passez votre permis, cette fois. Pour de vrai{NB}», a conclu la présidente en levant l’audience.
Le parquet a indiqué qu’une enquête distincte visait désormais l’entreprise de messagerie.
Newsletter Yonne : chaque soir, l’essentiel de l’actualité de votre département. Je m’abonne""",
    [
        (
            f"Onze ans sans permis, et pas une seule contravention{NB}?",
            "Martine Cazal-Rigaud",
            "Martine Cazal-Rigaud",
            "s’étonne",
        ),
        (
            "J’ai toujours fait attention, madame la présidente",
            "Kévin R.",
            ("répond le prévenu", "le prévenu"),
            "répond",
        ),
        (
            "Si tu n’as pas le permis, tu n’as pas le poste.",
            "patron",
            "mon patron",
            "m’a dit",
        ),
        ("eu trop honte", "Kévin R.", ("Le prévenu raconte", "Le prévenu"), "raconte"),
        (
            f"Monsieur a conduit onze ans en mettant en danger tout le monde sur la route. Le jour où il renverse quelqu’un, qui paiera{NB}? Pas l’assurance, il n’en avait pas",
            "Grégoire Lhomme",
            "Grégoire Lhomme",
            "a lancé",
        ),
        (
            "Mon client n’est pas un chauffard. C’est un homme qui a raté son permis, qui a eu honte et qui a continué à aller travailler pour nourrir ses deux enfants",
            "Inès Boukhari",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "l’employeur qui a fermé les yeux pendant des années",
            "Inès Boukhari",
            "l’avocate",
            "Selon",
        ),
        (
            "Je regrette. Je suis inscrit à l’auto-école depuis octobre.",
            "Kévin R.",
            ("Invité à s’exprimer en dernier, Kévin R.", "Kévin R."),
            None,
        ),
        (
            "Et vous passez votre permis, cette fois. Pour de vrai",
            "Martine Cazal-Rigaud",
            ("a conclu la présidente", "la présidente"),
            "a conclu",
        ),
    ],
)
article(
    "blind24-fr06",
    "fr",
    f"""Tuamotu : la goélette « Tiare Moana » en panne, six atolls privés de farine et de gaz

PAPEETE, le 9 octobre 2026 – Immobilisée à Papeete depuis le 28 septembre à la suite d’une avarie, la goélette « Tiare Moana » n’a pas pu effectuer sa rotation vers les Tuamotu du Centre. Sur les atolls, les rayons des magasins se vident.
Par Hinano Teriierooiterai

« On n’a plus de farine depuis mardi, plus de gaz depuis samedi, et le riz, il en reste pour trois ou quatre jours », résume au téléphone le tavana de Makemo, Raymond Teriitahi. Sur l’atoll, qui compte un peu plus de 800 habitants, la boulangerie a fermé ses portes lundi et les familles cuisinent de nouveau au feu de bois.
L’armateur, la Compagnie de navigation des Tuamotu (CNT), évoque une avarie «{NB}sérieuse{NB}» sur l’arbre d’hélice. «{NB}Nous attendons une pièce qui arrive de Nouvelle-Zélande par avion. Si tout va bien, la goélette repart le 14 et elle fera une rotation allongée pour rattraper le retard{NB}», indique son directeur, Alain Vernaudon.
Un marin de la goélette, qui n’a pas souhaité donner son nom, affirme pourtant que le problème était «{NB}connu depuis des mois{NB}». «{NB}À chaque voyage, on entendait le bruit. On l’a signalé, on nous a dit de continuer{NB}», assure-t-il.
Photo : La « Tiare Moana » à quai au port de Papeete, mercredi. (Crédit : H.T.)
Le ministère de l’Équipement et des Transports intérieurs a annoncé mercredi soir, dans un communiqué, l’affrètement d’un navire de remplacement, le caboteur « Te Ata », «{NB}afin d’assurer la continuité territoriale et l’approvisionnement en produits de première nécessité{NB}». Le navire doit appareiller vendredi avec 120 tonnes de fret.
Au magasin de Pouheva, le village principal de Makemo, Mireille Tehei tient le comptoir depuis quinze ans. « Les enfants demandent du pain, je leur donne du uru et du poisson. On sait faire, hein, nos grands-parents vivaient comme ça », sourit-elle. Avant de reprendre, plus sérieuse : « Mais les anciens qui ont besoin de gaz pour chauffer l’eau, eux, souffrent vraiment. »
Lire aussi : Continuité territoriale : le schéma directeur des dessertes maritimes adopté
Le tavana, lui, plaide pour une deuxième goélette sur la ligne. «{NB}Une seule desserte toutes les trois semaines pour six atolls, ce n’est pas sérieux. On est en 2026, pas en 1960{NB}», tranche-t-il. Selon lui, les maires des Tuamotu du Centre doivent adresser une lettre commune au gouvernement «{NB}d’ici la fin du mois{NB}».
Interrogé jeudi à l’assemblée, le ministre Teiva Maraetaata a reconnu que la flotte était «{NB}vieillissante{NB}» et promis un «{NB}plan de renouvellement{NB}» dans le budget 2027.
Réagissez à cet article
Partager : Facebook · Messenger · E-mail""",
    [
        (
            "On n’a plus de farine depuis mardi, plus de gaz depuis samedi, et le riz, il en reste pour trois ou quatre jours",
            "Raymond Teriitahi",
            "Raymond Teriitahi",
            "résume",
        ),
        (
            "sérieuse",
            "Compagnie de navigation des Tuamotu",
            "la Compagnie de navigation des Tuamotu",
            "évoque",
        ),
        (
            "Nous attendons une pièce qui arrive de Nouvelle-Zélande par avion. Si tout va bien, la goélette repart le 14 et elle fera une rotation allongée pour rattraper le retard",
            "Alain Vernaudon",
            "Alain Vernaudon",
            "indique",
        ),
        ("connu depuis des mois", "marin", "Un marin de la goélette", "affirme"),
        (
            "À chaque voyage, on entendait le bruit. On l’a signalé, on nous a dit de continuer",
            "marin",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "afin d’assurer la continuité territoriale et l’approvisionnement en produits de première nécessité",
            "ministère de l’Équipement et des Transports intérieurs",
            "Le ministère de l’Équipement et des Transports intérieurs",
            "a annoncé",
        ),
        (
            "Les enfants demandent du pain, je leur donne du uru et du poisson. On sait faire, hein, nos grands-parents vivaient comme ça",
            "Mireille Tehei",
            ("sourit-elle", "elle"),
            "sourit",
        ),
        (
            "Mais les anciens qui ont besoin de gaz pour chauffer l’eau, eux, souffrent vraiment.",
            "Mireille Tehei",
            None,
            "reprendre",
        ),
        (
            "Une seule desserte toutes les trois semaines pour six atolls, ce n’est pas sérieux. On est en 2026, pas en 1960",
            "Raymond Teriitahi",
            ("tranche-t-il", "il"),
            "tranche",
        ),
        ("d’ici la fin du mois", "Raymond Teriitahi", ("Selon lui", "lui"), "Selon"),
        ("vieillissante", "Teiva Maraetaata", "Teiva Maraetaata", "a reconnu"),
        ("plan de renouvellement", "Teiva Maraetaata", "Teiva Maraetaata", "promis"),
    ],
    ["Tiare Moana", "Tiare Moana", "Tiare Moana", "Te Ata"],
)
article(
    "blind24-fr07",
    "fr",
    f"""Ouvrages d’art : les Deux-Sèvres déclarent infructueux l’appel d’offres du viaduc de Chantemerle

Le département a écarté les deux offres reçues pour la réhabilitation de cet ouvrage de 1974. Les entreprises régionales dénoncent un cahier des charges « irréaliste ».

Fabien Castagnet | le 21/01/2026 | Infrastructures, Marchés publics, Nouvelle-Aquitaine

Le conseil départemental des Deux-Sèvres a déclaré infructueux, le 16 janvier, l’appel d’offres pour la réhabilitation du viaduc de Chantemerle, un ouvrage en béton précontraint de 420 mètres qui enjambe la vallée de la Sèvre niortaise. Le procès-verbal de la commission d’appel d’offres, que Le Moniteur a pu consulter, qualifie les deux offres reçues d’«{NB}anormalement basses au regard de l’estimation de l’administration{NB}».
«{NB}Nous avons un budget de 11 millions d’euros voté par l’assemblée, pas un centime de plus{NB}», justifie Sylvie Berthomé-Renaud, vice-présidente chargée des routes. «{NB}Les entreprises le savaient dès la consultation.{NB}»
Un calendrier jugé intenable
À la Fédération des travaux publics du Poitou (FTPP), on parle d’un cahier des charges «{NB}irréaliste{NB}». «{NB}On demande de refaire la précontrainte extérieure, l’étanchéité et les corniches en huit mois, avec la circulation maintenue sur une voie. Aucune entreprise sérieuse ne peut tenir ces délais à ce prix-là{NB}», explique son président, Olivier Chaigneau, lui-même dirigeant d’une PME de génie civil à Niort.
Le dirigeant d’une des deux entreprises candidates, qui a requis l’anonymat, se dit «{NB}écœuré{NB}». «{NB}On a passé trois mois sur ce dossier, avec un bureau d’études et des relevés sur place. On nous explique maintenant qu’on est trop bas. Qu’ils relancent avec un vrai budget{NB}», poursuit-il.
Sur le même sujet : Précontrainte : 3 000 ponts à surveiller en priorité selon l’Observatoire national
Trois questions à… Jean-Marc Bouteiller, ingénieur ouvrages d’art chez Structurea
Le Moniteur : Dans quel état est le viaduc ?
J.-M. B. : Les câbles de précontrainte sont corrodés sur deux travées. Ce n’est pas un danger immédiat, mais le département a limité le tonnage à 19 tonnes depuis 2023. Notre rapport de diagnostic, remis cette année-là, concluait déjà : «{NB}intervention lourde nécessaire sous cinq ans{NB}».
Le Moniteur : Huit mois de travaux, est-ce tenable ?
J.-M. B. : C’est serré, mais pas impossible. Tout dépend de ce que le maître d’ouvrage accepte de fermer à la circulation.
Le Moniteur : Que risque-t-on à attendre ?
J.-M. B. : Une limitation plus sévère, voire une fermeture. Et une facture qui grossit chaque hiver.
© CD79 – Le viaduc de Chantemerle, limité à 19 tonnes depuis 2023.
Le département prévoit de relancer une consultation en mars, avec un budget «{NB}réévalué{NB}» et un délai d’exécution porté à douze mois, a indiqué la vice-présidente à l’issue de la session. Les entreprises devront remettre leurs offres avant le 30 avril.
Abonnez-vous au Moniteur et accédez à tous les avis d’appels publics à la concurrence""",
    [
        ("irréaliste", "entreprises", "Les entreprises régionales", "dénoncent"),
        (
            "anormalement basses au regard de l’estimation de l’administration",
            "commission d’appel d’offres",
            "la commission d’appel d’offres",
            "qualifie",
        ),
        (
            "Nous avons un budget de 11 millions d’euros voté par l’assemblée, pas un centime de plus",
            "Sylvie Berthomé-Renaud",
            "Sylvie Berthomé-Renaud",
            "justifie",
        ),
        ("Les entreprises le savaient dès la consultation.", "Sylvie Berthomé-Renaud", None, None),
        (
            "irréaliste",
            "Fédération des travaux publics du Poitou",
            "Fédération des travaux publics du Poitou",
            "parle",
        ),
        (
            "On demande de refaire la précontrainte extérieure, l’étanchéité et les corniches en huit mois, avec la circulation maintenue sur une voie. Aucune entreprise sérieuse ne peut tenir ces délais à ce prix-là",
            "Olivier Chaigneau",
            "Olivier Chaigneau",
            "explique",
        ),
        ("écœuré", "dirigeant", "Le dirigeant", "se dit"),
        (
            "On a passé trois mois sur ce dossier, avec un bureau d’études et des relevés sur place. On nous explique maintenant qu’on est trop bas. Qu’ils relancent avec un vrai budget",
            "dirigeant",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "intervention lourde nécessaire sous cinq ans",
            "Structurea",
            ("Notre rapport", "Notre"),
            "concluait",
        ),
        ("réévalué", "Sylvie Berthomé-Renaud", "la vice-présidente", "a indiqué"),
    ],
)
article(
    "blind24-fr08",
    "fr",
    """Quai de Pointe-Alexandre: «On ne peut pas débarquer nos homards sur un quai fermé»

Marie-Pier Savoie
Publié le 14 avril 2026 à 17h20 | Mis à jour le 14 avril 2026 à 19h05

LAMÈQUE – À trois semaines de l’ouverture de la saison du homard, une quarantaine de capitaines de la Péninsule acadienne ont appris qu’ils ne pourront pas utiliser le quai de Pointe-Alexandre, fermé pour des raisons de sécurité par l’Administration des ports de pêche de l’Atlantique.
«On ne peut pas débarquer nos homards sur un quai fermé. On va faire quoi, les débarquer sur la plage?» a lancé Réjean Doiron, président de l’Association des pêcheurs côtiers de Lamèque, lundi soir, lors d’une rencontre houleuse avec les élus au centre communautaire.
Une quarantaine de pêcheurs s’étaient déplacés, certains avec des pancartes «Pas de quai, pas de pêche». M. Doiron affirme que son association réclame des réparations «depuis au moins cinq ans».
Dans une déclaration transmise par courriel à l’Acadie Nouvelle, l’Administration des ports de pêche de l’Atlantique explique que l’inspection de mars a révélé «une détérioration importante des pieux et du tablier». «La sécurité des usagers est notre priorité. Des options temporaires sont à l’étude avec les pêcheurs», ajoute l’organisme, sans préciser de date.
Photo: Acadie Nouvelle – Marie-Pier Savoie
Pour Normand Chiasson, qui pêche au large de Miscou depuis 38 ans, la fermeture arrive «au pire moment». «Les cages sont prêtes, le bateau est prêt, la boëtte est achetée. Là, faut qu’on aille débarquer à Shippagan, c’est une heure de plus aller-retour, avec le gaz au prix qu’il est», explique-t-il.
Son fils Jérémie, qui l’accompagne comme aide-pêcheur, dit craindre des bouchons au quai de Shippagan dès la première journée. «Ils sont déjà pleins. On va attendre en ligne pour décharger pendant que le homard, lui, attend pas», lance le jeune homme.
«La municipalité est prête à contribuer, mais c’est une infrastructure fédérale. C’est à Ottawa de payer», de dire la mairesse de Lamèque, Chantal Mallet-Robichaud. La Ville a offert de mettre à la disposition des pêcheurs un terrain près de la marina pour entreposer les cages.
Le député fédéral de la circonscription, Paul-Émile Gauvin, a dit avoir écrit au ministre responsable. Selon lui, une solution temporaire doit être trouvée «avant le 1er mai, pas après». «Je ne laisserai pas une communauté de pêcheurs perdre sa saison à cause d’un quai», a-t-il affirmé à l’Acadie Nouvelle.
L’association prévoit une nouvelle rencontre vendredi.
Abonnez-vous à l’infolettre de l’Acadie Nouvelle
Partager cet article""",
    [
        (
            "On ne peut pas débarquer nos homards sur un quai fermé",
            "Réjean Doiron",
            None,
            None,
        ),
        (
            "On ne peut pas débarquer nos homards sur un quai fermé. On va faire quoi, les débarquer sur la plage?",
            "Réjean Doiron",
            "Réjean Doiron",
            "a lancé",
        ),
        ("depuis au moins cinq ans", "Réjean Doiron", "M. Doiron", "affirme"),
        (
            "une détérioration importante des pieux et du tablier",
            "Administration des ports de pêche de l’Atlantique",
            (
                "courriel à l’Acadie Nouvelle, l’Administration des ports de pêche de l’Atlantique",
                "l’Administration des ports de pêche de l’Atlantique",
            ),
            "explique",
        ),
        (
            "La sécurité des usagers est notre priorité. Des options temporaires sont à l’étude avec les pêcheurs",
            "Administration des ports de pêche de l’Atlantique",
            "l’organisme",
            "ajoute",
        ),
        ("au pire moment", "Normand Chiasson", "Normand Chiasson", "Pour"),
        (
            "Les cages sont prêtes, le bateau est prêt, la boëtte est achetée. Là, faut qu’on aille débarquer à Shippagan, c’est une heure de plus aller-retour, avec le gaz au prix qu’il est",
            "Normand Chiasson",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "Ils sont déjà pleins. On va attendre en ligne pour décharger pendant que le homard, lui, attend pas",
            "Jérémie",
            "le jeune homme",
            "lance",
        ),
        (
            "La municipalité est prête à contribuer, mais c’est une infrastructure fédérale. C’est à Ottawa de payer",
            "Chantal Mallet-Robichaud",
            "Chantal Mallet-Robichaud",
            "de dire",
        ),
        ("avant le 1er mai, pas après", "Paul-Émile Gauvin", ("Selon lui", "lui"), "Selon"),
        (
            "Je ne laisserai pas une communauté de pêcheurs perdre sa saison à cause d’un quai",
            "Paul-Émile Gauvin",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
    ],
    ["Pas de quai, pas de pêche"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind24_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
