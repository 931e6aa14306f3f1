# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind22_fr.jsonl: a twenty-second blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a Christmas-market stall row in an
Alsatian town (Dernières Nouvelles d'Alsace, the allocation commission's letter, a traders'
association with a short name in brackets, a petition title), plane trees felled for canker
(Midi Libre, a municipal order quoted, an association, a forestry engineer, a resident's
testimony), a daycare educators' strike in Gatineau (ICI Radio-Canada, a union, the minister,
a board's letter to parents, a Facebook post in “ ”), a school-bus company's bankruptcy leaving
special-needs pupils stranded (RTBF, interrupted quote, trustee, spokesman, banner slogan), a
glassworks' electric furnace (L'Usine Nouvelle, a company communiqué, a "three questions"
Q&A whose unmarked answers are not listed, quotes reported inside them are, a trade term in
marks), a mutual insurer's data leak (Numerama, NNBSP padding, a hacker's post in “ ”, an
internal source), a 61-year-old amateur goalkeeper (So Foot, tutoiement Q&A, a nickname nested
in a quote) and an amendment on compulsory night duty for GPs (Le Quotidien du Médecin, the
bill's explanatory memorandum, a multi-paragraph testimony, the minister's entourage). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind22_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind22-fr01",
    "fr",
    f"""Marché de Noël d’Obersheim : « On m’a retiré mon chalet après vingt-deux ans »

La commission d’attribution a écarté six exposants historiques. La mairie invoque un « renouvellement nécessaire ».

Par Céline Wurtz - 14 nov. 2026 à 06:00 | mis à jour à 08:12

Joseph Kuntz devant son atelier de la rue des Tonneliers. Photo DNA /Céline Wurtz
Depuis 2004, Joseph Kuntz vendait ses bredele et ses moules à kougelhopf en terre cuite dans le même chalet, à l’angle de la place de l’Église. Cette année, le potier de 67 ans ne sera pas de la partie. Fin octobre, la commission d’attribution du marché lui a écrit que sa candidature « n’a pas été retenue ».
«{NB}On m’a retiré mon chalet après vingt-deux ans, sans un coup de fil, sans une explication{NB}», souffle-t-il dans son atelier, où s’empilent les cartons de marchandise. «{NB}J’avais déjà cuit toute la production de décembre.{NB}»
Partager : Facebook X WhatsApp Copier le lien
Six exposants présents depuis plus de dix ans sont dans son cas. Ils ont créé un collectif et lancé une pétition, « Rendez-nous nos chalets », qui a recueilli 1 400 signatures en dix jours.
Contactée, la maire, Martine Schaller (divers droite), assume. «{NB}Le marché doit se renouveler. Les visiteurs nous disent qu’ils voient les mêmes produits depuis quinze ans{NB}», explique l’élue, qui rappelle que 41 candidatures ont été déposées pour 28 emplacements. Elle évoque un « renouvellement nécessaire » et réfute tout favoritisme : «{NB}La commission a noté chaque dossier sur des critères publics. Je n’ai pas voté.{NB}»
Un argument que conteste Paul Ritter, président de l’Association des commerçants et artisans d’Obersheim (ACAO), qui siège pourtant à la commission. «{NB}On nous a présenté une liste déjà faite. J’ai demandé le détail des notes, je ne l’ai jamais eu{NB}», affirme-t-il. L’ACAO a réclamé par courrier « la suspension de la procédure » et menace de saisir le tribunal administratif de Strasbourg.
Lire aussi : Colmar : le marché de Noël limite l’accès des autocars
Parmi les nouveaux venus figurent une créatrice de bougies installée à Sélestat et un camion de tartes flambées végétariennes. Sur la place, samedi, le sujet divisait les promeneurs. «{NB}Un peu de nouveauté, ça ne fait pas de mal{NB}», juge une habitante, tandis qu’un retraité regrette « le chalet du potier, une institution ici ».
Dans un communiqué publié lundi, la mairie d’Obersheim indique que « les exposants non retenus seront prioritaires sur la liste d’attente » et qu’un « bilan sera dressé en janvier ». Le marché ouvrira le 27 novembre et comptera, pour la première fois, une patinoire synthétique installée devant l’hôtel de ville.
Newsletter Alsace du Nord : chaque matin, l’essentiel de l’actualité de votre secteur. Je m’inscris""",
    [
        ("On m’a retiré mon chalet après vingt-deux ans", "Joseph Kuntz", None, None),
        ("renouvellement nécessaire", "mairie d’Obersheim", "La mairie", "invoque"),
        (
            "n’a pas été retenue",
            "commission d’attribution du marché",
            "la commission d’attribution du marché",
            "a écrit",
        ),
        (
            "On m’a retiré mon chalet après vingt-deux ans, sans un coup de fil, sans une explication",
            "Joseph Kuntz",
            ("souffle-t-il", "il"),
            "souffle",
        ),
        ("J’avais déjà cuit toute la production de décembre.", "Joseph Kuntz", None, None),
        (
            "Le marché doit se renouveler. Les visiteurs nous disent qu’ils voient les mêmes produits depuis quinze ans",
            "Martine Schaller",
            "l’élue",
            "explique",
        ),
        ("renouvellement nécessaire", "Martine Schaller", "Elle", "évoque"),
        (
            "La commission a noté chaque dossier sur des critères publics. Je n’ai pas voté.",
            "Martine Schaller",
            "Elle",
            "réfute",
        ),
        (
            "On nous a présenté une liste déjà faite. J’ai demandé le détail des notes, je ne l’ai jamais eu",
            "Paul Ritter",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        (
            "la suspension de la procédure",
            "Association des commerçants et artisans d’Obersheim",
            "L’ACAO",
            "a réclamé",
        ),
        ("Un peu de nouveauté, ça ne fait pas de mal", "habitante", "une habitante", "juge"),
        ("le chalet du potier, une institution ici", "retraité", "un retraité", "regrette"),
        (
            "les exposants non retenus seront prioritaires sur la liste d’attente",
            "mairie d’Obersheim",
            "la mairie d’Obersheim",
            "indique",
        ),
        ("bilan sera dressé en janvier", "mairie d’Obersheim", "la mairie d’Obersheim", "indique"),
    ],
    ["Rendez-nous nos chalets"],
)

article(
    "blind22-fr02",
    "fr",
    f"""Saint-Aurèle-du-Lez : les 86 platanes de l’avenue de la Gare condamnés par le chancre coloré

Publié le 14/11/2026 à 17:32
Aurélie Sabatier

Les arbres marqués d’une croix orange seront abattus d’ici février. MIDI LIBRE - JEAN-LUC PONS
C’est une allée qui figure sur toutes les cartes postales du village. D’ici février, les 86 platanes centenaires de l’avenue de la Gare auront disparu. Le maire, Gérard Aubanel, a signé mardi l’arrêté d’abattage, après la confirmation de la présence du chancre coloré, un champignon mortel pour l’arbre et contre lequel il n’existe aucun traitement.
«{NB}C’est la décision la plus dure de mes deux mandats. J’ai grandi sous ces arbres{NB}», confie l’édile, la voix nouée. Mais le risque est réel, assure-t-il : «{NB}Des branches de plusieurs centaines de kilos peuvent tomber sans prévenir, sur une route où passent les cars scolaires.{NB}»
Dans l’arrêté, le maire écrit que l’abattage est rendu nécessaire par « un danger grave et imminent pour les usagers de la voie publique ».
À lire aussi : Lunel : la fête votive privée de taureaux pour raisons sanitaires
Une partie des habitants refuse de s’y résoudre. L’association Platanes vivants du Lez, créée il y a trois semaines, réclame une contre-expertise. «{NNB}On nous parle de 86 arbres malades, mais on n’a vu les analyses que pour onze d’entre eux{NNB}», pointe sa présidente, Odile Mathieu, ancienne institutrice. «{NNB}Pourquoi ne pas abattre les arbres contaminés et surveiller les autres ?{NNB}»
«{NB}Le champignon circule par les racines, qui se touchent sur tout l’alignement. Quand onze arbres sont touchés, les autres le sont déjà, on ne le voit simplement pas encore{NB}», répond l’ingénieure forestière Lucie Ferrand, qui a conduit les prélèvements pour le laboratoire départemental. Elle parle d’une maladie « implacable », qui a déjà emporté « des dizaines de milliers de platanes » le long du canal du Midi.
La mairie promet de replanter. Des micocouliers et des tilleuls argentés remplaceront les platanes, « des essences résistantes à la chaleur », selon le premier adjoint, Henri Combes. Coût estimé : 410 000 euros, dont la moitié à la charge de la commune, le reste étant espéré de l’État et de la Région.
Sur l’avenue, Jean-Marc, 72 ans, regarde les croix orange peintes sur les troncs. «{NB}Mon père a été photographié sous celui-là le jour de son mariage, en 1951. Je crois que je ne viendrai pas le jour où ils le coupent.{NB}»
Une réunion publique est prévue le 21 novembre à la salle des fêtes. L’association a annoncé qu’elle y remettrait au maire sa pétition « Sauvons l’avenue », signée selon elle par plus de 900 personnes.
Les plus lus
Voir les commentaires""",
    [
        (
            "C’est la décision la plus dure de mes deux mandats. J’ai grandi sous ces arbres",
            "Gérard Aubanel",
            "l’édile",
            "confie",
        ),
        (
            "Des branches de plusieurs centaines de kilos peuvent tomber sans prévenir, sur une route où passent les cars scolaires.",
            "Gérard Aubanel",
            ("assure-t-il", "il"),
            "assure",
        ),
        (
            "un danger grave et imminent pour les usagers de la voie publique",
            "Gérard Aubanel",
            "le maire",
            "écrit",
        ),
        (
            "On nous parle de 86 arbres malades, mais on n’a vu les analyses que pour onze d’entre eux",
            "Odile Mathieu",
            "Odile Mathieu",
            "pointe",
        ),
        (
            "Pourquoi ne pas abattre les arbres contaminés et surveiller les autres ?",
            "Odile Mathieu",
            None,
            None,
        ),
        (
            "Le champignon circule par les racines, qui se touchent sur tout l’alignement. Quand onze arbres sont touchés, les autres le sont déjà, on ne le voit simplement pas encore",
            "Lucie Ferrand",
            "Lucie Ferrand",
            "répond",
        ),
        ("implacable", "Lucie Ferrand", "Elle", "parle"),
        ("des dizaines de milliers de platanes", "Lucie Ferrand", "Elle", "parle"),
        ("des essences résistantes à la chaleur", "Henri Combes", "Henri Combes", "selon"),
        (
            "Mon père a été photographié sous celui-là le jour de son mariage, en 1951. Je crois que je ne viendrai pas le jour où ils le coupent.",
            "Jean-Marc",
            "Jean-Marc",
            None,
        ),
    ],
    ["Sauvons l’avenue"],
)

article(
    "blind22-fr03",
    "fr",
    f"""Grève dans les CPE de l’Outaouais : des parents « à bout de souffle »

Marie-Ève Lacasse (Accéder à la page de l’auteur)
Publié à 5 h 12 HNE
Mis à jour à 7 h 40 HNE
Partager l’article
Écouter l’article | 5 minutes

Pour une troisième semaine consécutive, les 14 centres de la petite enfance (CPE) syndiqués de Gatineau seront fermés trois jours sur cinq. Quelque 1 100 familles doivent se débrouiller.
«{NB}On est à bout de souffle. J’ai pris toutes mes journées de vacances de l’année en deux semaines{NB}», raconte Karine Bélanger, mère de deux enfants de 2 et 4 ans, rencontrée devant le CPE Les Petits Huards, dans le secteur Hull.
Le Syndicat des travailleuses des centres de la petite enfance de l’Outaouais (STCPEO) réclame une hausse salariale de 18 % sur trois ans et l’ajout de ressources pour les enfants à besoins particuliers. «{NB}On ne fait pas la grève contre les parents. On la fait pour que leurs enfants aient encore une éducatrice dans cinq ans{NB}», a déclaré sa présidente, Sylvie Gagnon-Roy, lors d’un point de presse mardi matin.
Selon elle, une éducatrice sur quatre a quitté le réseau régional depuis 2022. «{NB}Les filles partent travailler à Ottawa, de l’autre côté de la rivière, où elles gagnent 6 $ de plus de l’heure{NB}», a-t-elle ajouté.
Photo : Des éducatrices manifestent devant les bureaux du ministère à Gatineau. Photo : Radio-Canada / Simon Tremblay
À lire aussi :
Pénurie d’éducatrices : 400 places fermées en Outaouais
Québec se dit ouvert à la discussion, mais refuse de rouvrir le cadre financier. En mêlée de presse à l’Assemblée nationale, la ministre de la Famille, Nathalie Brochu, a qualifié l’offre gouvernementale de « juste et responsable ». « La porte est ouverte. Ce que je demande au syndicat, c’est de revenir à la table avec des demandes réalistes », a-t-elle lancé.
Dans une lettre envoyée aux parents lundi, le conseil d’administration du CPE Les Petits Huards écrit comprendre « la fatigue et la colère des familles » et assure que les frais de garde des journées de grève «{NB}seront intégralement remboursés{NB}».
Certains parents commencent toutefois à perdre patience. Dimanche, un père de Buckingham, Mathieu Lévesque, a écrit sur un groupe Facebook de parents un message partagé plus de 600 fois : “Soutenir les éducatrices, oui. Mais qui me soutient, moi, quand mon patron me menace de congédiement ?”
Joint par Radio-Canada, M. Lévesque précise qu’il appuie « à 100 % » les revendications des travailleuses. «{NB}C’est le gouvernement que je blâme. Pas elles.{NB}»
Une nouvelle séance de négociation est prévue jeudi, en présence d’un conciliateur. Le syndicat n’exclut pas de passer à la grève illimitée si elle échoue.
Avec les informations de Julien Paquette
Vous avez repéré une erreur? Signalez-la""",
    [
        ("à bout de souffle", "parents", "des parents", None),
        (
            "On est à bout de souffle. J’ai pris toutes mes journées de vacances de l’année en deux semaines",
            "Karine Bélanger",
            "Karine Bélanger",
            "raconte",
        ),
        (
            "On ne fait pas la grève contre les parents. On la fait pour que leurs enfants aient encore une éducatrice dans cinq ans",
            "Sylvie Gagnon-Roy",
            "Sylvie Gagnon-Roy",
            "a déclaré",
        ),
        (
            "Les filles partent travailler à Ottawa, de l’autre côté de la rivière, où elles gagnent 6 $ de plus de l’heure",
            "Sylvie Gagnon-Roy",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        ("juste et responsable", "Nathalie Brochu", "Nathalie Brochu", "a qualifié"),
        (
            "La porte est ouverte. Ce que je demande au syndicat, c’est de revenir à la table avec des demandes réalistes",
            "Nathalie Brochu",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "la fatigue et la colère des familles",
            "conseil d’administration du CPE Les Petits Huards",
            "le conseil d’administration du CPE Les Petits Huards",
            "écrit",
        ),
        (
            "seront intégralement remboursés",
            "conseil d’administration du CPE Les Petits Huards",
            "le conseil d’administration du CPE Les Petits Huards",
            "assure",
        ),
        (
            "Soutenir les éducatrices, oui. Mais qui me soutient, moi, quand mon patron me menace de congédiement ?",
            "Mathieu Lévesque",
            "Mathieu Lévesque",
            "a écrit",
        ),
        ("à 100 %", "Mathieu Lévesque", "M. Lévesque", "précise"),
        ("C’est le gouvernement que je blâme. Pas elles.", "Mathieu Lévesque", None, None),
    ],
)

article(
    "blind22-fr04",
    "fr",
    f"""Faillite des Autocars Delvaux-Meuse : 230 élèves de l’enseignement spécialisé sans transport à Liège

RTBF avec Belga
Publié le vendredi 14 novembre 2026 à 12h04
Partager
Copier le lien

Illustration. © RTBF - Archives
Depuis lundi, aucun bus ne passe plus prendre Noah, 9 ans, devant chez lui à Seraing. L’entreprise Autocars Delvaux-Meuse, qui assurait le ramassage scolaire de cinq écoles de l’enseignement spécialisé de la région liégeoise, a été déclarée en faillite par le tribunal de l’entreprise de Liège vendredi dernier.
«{NB}Noah est autiste. Il a besoin de ses repères, du même chauffeur, du même trajet. Là, tout s’effondre{NB}», explique sa maman, Sabrina Colinet, qui a dû poser des congés sans solde pour le conduire elle-même à l’école, à quinze kilomètres.
Selon la direction de l’école Les Tilleuls, à Ans, plus d’un tiers des élèves n’ont plus mis les pieds en classe depuis le début de la semaine. «{NB}Certains parents n’ont pas de voiture, d’autres travaillent de nuit, détaille le directeur, Marc Hanquet. On appelle chaque famille tous les matins.{NB}»
Sur le même sujet
12 nov. 2026 Transport scolaire : les chauffeurs manquent dans tout le pays
Le curateur désigné par le tribunal, Me Olivier Dethier, a confirmé à la RTBF qu’aucune reprise n’était envisageable « à court terme ». «{NB}Les véhicules sont en leasing et le personnel n’est plus payé depuis septembre. Il n’y a, à ce stade, rien à reprendre{NB}», a-t-il indiqué.
Du côté du gouvernement, on promet une solution rapide. La ministre de la Mobilité, Lise Verhoeven, « a demandé à l’administration de lancer un marché en urgence », a fait savoir son porte-parole, Cédric Lambot. En attendant, les familles peuvent demander le remboursement de leurs frais de déplacement, «{NB}à raison de 0,43 euro par kilomètre{NB}», a-t-il précisé.
Les parents, eux, ne décolèrent pas. Une cinquantaine d’entre eux se sont rassemblés jeudi devant le palais provincial, derrière une banderole « Nos enfants ne sont pas des colis ». Parmi eux, Jamal Bensaïd, père d’une fillette en fauteuil roulant : «{NB}On nous dit d’être patients. Ma fille est patiente depuis qu’elle est née. Nous, on ne l’est plus.{NB}»
Les chauffeurs licenciés, une quarantaine, ont été reçus par leur syndicat mardi. « Certains ont vingt ans de maison et ne toucheront pas un euro d’indemnité avant des mois », dénonce le délégué Pascal Renard.
Recevez chaque jour l’essentiel de l’info RTBF. S’inscrire à la newsletter""",
    [
        (
            "Noah est autiste. Il a besoin de ses repères, du même chauffeur, du même trajet. Là, tout s’effondre",
            "Sabrina Colinet",
            "Sabrina Colinet",
            "explique",
        ),
        (
            "Certains parents n’ont pas de voiture, d’autres travaillent de nuit",
            "Marc Hanquet",
            "Marc Hanquet",
            "détaille",
        ),
        ("On appelle chaque famille tous les matins.", "Marc Hanquet", "Marc Hanquet", "détaille"),
        ("à court terme", "Olivier Dethier", "Olivier Dethier", "a confirmé"),
        (
            "Les véhicules sont en leasing et le personnel n’est plus payé depuis septembre. Il n’y a, à ce stade, rien à reprendre",
            "Olivier Dethier",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "a demandé à l’administration de lancer un marché en urgence",
            "Cédric Lambot",
            "Cédric Lambot",
            "a fait savoir",
        ),
        (
            "à raison de 0,43 euro par kilomètre",
            "Cédric Lambot",
            ("a-t-il précisé", "il"),
            "a-t-il précisé",
        ),
        (
            "On nous dit d’être patients. Ma fille est patiente depuis qu’elle est née. Nous, on ne l’est plus.",
            "Jamal Bensaïd",
            "Jamal Bensaïd",
            None,
        ),
        (
            "Certains ont vingt ans de maison et ne toucheront pas un euro d’indemnité avant des mois",
            "Pascal Renard",
            "Pascal Renard",
            "dénonce",
        ),
    ],
    ["Nos enfants ne sont pas des colis"],
)

article(
    "blind22-fr05",
    "fr",
    f"""Verrerie : Normant Cristal parie 68 millions d’euros sur un four électrique à Blangy

Le groupe familial normand va remplacer d’ici 2028 l’un de ses deux fours au gaz par un four 100 % électrique, une première en France pour le flaconnage de luxe.

Par Thibault Marcadier
Publié le 14 novembre 2026 à 11h30
Mon Usine Nouvelle | Sauvegarder cet article

C’est un chantier qui engage l’avenir du site. Normant Cristal, fabricant de flacons pour la parfumerie et la cosmétique (210 millions d’euros de chiffre d’affaires, 1 150 salariés), a annoncé le 13 novembre le remplacement de son four n° 2 de Blangy par un four électrique d’une capacité de 90 tonnes par jour. Montant de l’investissement : 68 millions d’euros, dont 21 millions d’aides publiques.
«{NNB}Le gaz représentait 40{NNB}% de nos coûts de production en 2023. Nous ne voulons plus jamais dépendre d’un prix fixé à l’autre bout du monde{NNB}», justifie Bénédicte Normant, présidente du directoire et arrière-petite-fille du fondateur. L’électrification doit réduire de 75{NNB}% les émissions directes du site.
Le pari n’est pas sans risque. Un four électrique de cette taille ne peut pas produire toutes les teintes. Les verres très colorés resteront fabriqués dans le four au gaz, « au moins jusqu’en 2032 », précise le groupe dans son communiqué.
Lire aussi
Décarbonation : l’industrie du verre réclame un tarif électrique garanti
Trois questions à Arnaud Pelletier, directeur industriel de Normant Cristal
Pourquoi ne pas avoir choisi l’hydrogène ?
Nous avons étudié la piste pendant deux ans. Le rendement n’est pas au rendez-vous, et personne ne peut nous garantir un hydrogène bas carbone à un prix compétitif avant 2035.
Vos clients sont-ils prêts à payer plus cher ?
Certains, oui. Quand nous avons présenté le projet, un grand parfumeur nous a dit : «{NB}Si vous décarbonez, on signe pour dix ans.{NB}» Ce genre d’engagement a pesé lourd dans la décision.
Quel est le principal risque ?
La fiabilité du réseau. Une coupure de plus de quatre heures et le verre fige dans le four. Nous aurons une double alimentation et un groupe de secours pour maintenir la température.
Côté social, l’annonce a été accueillie avec prudence. «{NB}On se réjouit que la direction investisse ici plutôt qu’en Espagne. Mais on attend de savoir combien de postes de fondeurs seront supprimés{NB}», réagit Didier Lecoq, délégué syndical central. Le four électrique nécessite « deux fois moins de personnel en surveillance », reconnaît Arnaud Pelletier, qui promet « zéro licenciement » grâce aux départs à la retraite.
Gilles Varenne, vice-président de la Région chargé de l’industrie, y voit un « signal fort pour toute la vallée ». « Si Normant réussit, les autres verriers suivront », estime l’élu.
Les travaux débuteront à l’été 2027, lors de l’arrêt programmé du four actuel, arrivé en fin de vie après seize ans de « campagne », le terme consacré chez les verriers pour la durée de vie d’un four.
Newsletter Industrie : recevez chaque matin l’actualité de l’industrie. Je m’abonne
Sujets associés : Verre, Décarbonation, Normandie""",
    [
        (
            "Le gaz représentait 40\u202f% de nos coûts de production en 2023. Nous ne voulons plus jamais dépendre d’un prix fixé à l’autre bout du monde",
            "Bénédicte Normant",
            "Bénédicte Normant",
            "justifie",
        ),
        ("au moins jusqu’en 2032", "Normant Cristal", "le groupe", "précise"),
        ("Si vous décarbonez, on signe pour dix ans.", "parfumeur", "un grand parfumeur", "a dit"),
        (
            "On se réjouit que la direction investisse ici plutôt qu’en Espagne. Mais on attend de savoir combien de postes de fondeurs seront supprimés",
            "Didier Lecoq",
            "Didier Lecoq",
            "réagit",
        ),
        (
            "deux fois moins de personnel en surveillance",
            "Arnaud Pelletier",
            "Arnaud Pelletier",
            "reconnaît",
        ),
        ("zéro licenciement", "Arnaud Pelletier", "Arnaud Pelletier", "promet"),
        ("signal fort pour toute la vallée", "Gilles Varenne", "Gilles Varenne", "voit"),
        ("Si Normant réussit, les autres verriers suivront", "Gilles Varenne", "l’élu", "estime"),
    ],
    ["campagne"],
)

article(
    "blind22-fr06",
    "fr",
    f"""Fuite de données chez Solaris Mutuelle : 1,2 million d’adhérents concernés, le pirate réclame une rançon

Tech > Cybersécurité
Par Hugo Valette
Publié le 14 novembre 2026 à 15h06
Lecture : 4 min

C’est l’une des plus importantes fuites de données de santé jamais observées en France. Solaris Mutuelle, qui couvre surtout des agents de la fonction publique territoriale, a confirmé le 13 novembre avoir été victime d’une intrusion sur son espace adhérent. Noms, adresses, numéros de sécurité sociale et, pour une partie des assurés, historique des remboursements : tout aurait été copié.
«{NNB}Un accès non autorisé à une partie de nos systèmes d’information a été détecté le 6 novembre{NNB}», écrit la mutuelle dans un message envoyé à ses adhérents, que Numerama a pu consulter. Elle assure avoir «{NNB}immédiatement pris les mesures nécessaires{NNB}» et porté plainte.
Le pirate, qui sévit sur un forum cybercriminel anglophone, affirme de son côté détenir 430 gigaoctets de fichiers. Dans son annonce, traduite par nos soins, il écrit : “Ils ont mis six jours à voir qu’on était chez eux. Six jours.” Il réclame l’équivalent de 800 000 euros en cryptomonnaie avant la fin du mois.
À lire aussi : Comment savoir si vos données ont fuité ?
Pour le chercheur en sécurité Yann Le Bihan, qui a analysé l’échantillon publié par le pirate, les données «{NNB}semblent authentiques{NNB}». «{NNB}J’ai retrouvé des numéros de sécurité sociale cohérents avec les dates de naissance, et des codes d’actes médicaux. Ce n’est pas un faux monté de toutes pièces{NNB}», explique-t-il à Numerama.
Selon une source interne, l’intrusion serait passée par le compte d’un prestataire informatique «{NNB}dont le mot de passe n’avait pas été changé depuis 2021{NNB}». Contactée, Solaris Mutuelle n’a pas souhaité commenter ce point, invoquant «{NNB}l’enquête en cours{NNB}».
Chez les adhérents, l’inquiétude monte. Nadia, agente d’un service des espaces verts en Isère, a reçu le courriel de la mutuelle mercredi soir. «{NNB}Ils me disent de me méfier des appels frauduleux. Mais mon dossier contient mon traitement contre la dépression. Ça, je ne peux pas le changer comme un mot de passe{NNB}», confie-t-elle.
Que faire si vous êtes concerné ? Méfiez-vous de tout message qui mentionne vos soins, ne communiquez jamais vos coordonnées bancaires par téléphone et surveillez vos remboursements. Les arnaqueurs exploitent souvent ce type de fuite dans les semaines qui suivent, en se faisant passer pour la mutuelle elle-même ou pour un conseiller bancaire.
Numerama+ : soutenez un média indépendant, sans publicité. Découvrir
Vous avez lu 3 articles sur Numerama ce mois-ci""",
    [
        (
            "Un accès non autorisé à une partie de nos systèmes d’information a été détecté le 6 novembre",
            "Solaris Mutuelle",
            "la mutuelle",
            "écrit",
        ),
        ("immédiatement pris les mesures nécessaires", "Solaris Mutuelle", "Elle", "assure"),
        (
            "Ils ont mis six jours à voir qu’on était chez eux. Six jours.",
            "pirate",
            ("il écrit", "il"),
            "écrit",
        ),
        ("semblent authentiques", "Yann Le Bihan", "Yann Le Bihan", "Pour"),
        (
            "J’ai retrouvé des numéros de sécurité sociale cohérents avec les dates de naissance, et des codes d’actes médicaux. Ce n’est pas un faux monté de toutes pièces",
            "Yann Le Bihan",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "dont le mot de passe n’avait pas été changé depuis 2021",
            "source interne",
            "une source interne",
            "Selon",
        ),
        ("l’enquête en cours", "Solaris Mutuelle", "Solaris Mutuelle", "invoquant"),
        (
            "Ils me disent de me méfier des appels frauduleux. Mais mon dossier contient mon traitement contre la dépression. Ça, je ne peux pas le changer comme un mot de passe",
            "Nadia",
            ("confie-t-elle", "elle"),
            "confie",
        ),
    ],
)

article(
    "blind22-fr07",
    "fr",
    """Gérard Pujol, 61 ans, gardien en R3 : «Mes genoux ont signé pour une saison de plus»

Propos recueillis par Léo Marchetti
14/11/2026 à 10h15

À l'US Castelmaurou-Garonne, en Régional 3, le gardien titulaire a 61 ans, deux petits-enfants et une prothèse de hanche. Le week-end dernier, Gérard Pujol a arrêté un penalty à la 90e minute face au leader, le Stade Lavalette, et sauvé le point du nul (1-1). Son entraîneur, Fabien Sarda, de 27 ans son cadet, résume : «Il est le premier à l'entraînement et le dernier à partir. Les jeunes l'appellent “Papi”, mais en séance de tirs, personne ne rigole.» Rencontre avec un homme qui refuse de raccrocher les gants.
Tu as commencé le foot à quel âge ?
À six ans, sur le terrain en stabilisé derrière l'église. Mon père disait toujours : «Le gardien, c'est celui qui a le plus de responsabilités et le moins de gloire.» Il avait raison, mais je n'ai jamais voulu jouer ailleurs. Devant, il faut courir. Moi, je préférais plonger dans la boue.
Pourquoi ne pas avoir arrêté ?
J'ai arrêté ! En 2009. Ma femme m'a dit : «Tu vas finir en fauteuil.» J'ai tenu huit mois. Quand le club a perdu ses deux gardiens sur blessure, le président m'a appelé un vendredi soir. Je suis revenu pour dépanner, et je suis toujours là.
Et ce penalty contre Lavalette ?
Le gamin a regardé à droite pendant toute sa course d'élan. À mon âge, on ne saute plus très haut, alors on lit. Après le match, il est venu me voir et il m'a lancé : «Monsieur, vous m'avez eu.» Monsieur ! Ça m'a fait plus mal que le plongeon.
Comment tu t'entretiens ?
Vélo d'appartement, étirements tous les matins, et pas de troisième mi-temps trop longue. Mon kiné connaît mes genoux mieux que moi.
Jusqu'à quand ?
Tant que je prends moins de buts que les jeunes. Mes genoux ont signé pour une saison de plus. Après, on verra.
Au club, personne ne songe à le pousser vers la sortie. «Tant que Gérard est là, le petit de 19 ans apprend à ses côtés. On ne va pas se plaindre», sourit le président, Alain Cazeneuve, qui a fait imprimer un maillot floqué «Éternel» pour son 61e anniversaire.
Dans cet article : US Castelmaurou-Garonne, Régional 3
Commentaires (12)""",
    [
        ("Mes genoux ont signé pour une saison de plus", "Gérard Pujol", None, None),
        (
            "Il est le premier à l'entraînement et le dernier à partir. Les jeunes l'appellent “Papi”, mais en séance de tirs, personne ne rigole.",
            "Fabien Sarda",
            "Fabien Sarda",
            "résume",
        ),
        (
            "Le gardien, c'est celui qui a le plus de responsabilités et le moins de gloire.",
            "père",
            "Mon père",
            "disait",
        ),
        ("Tu vas finir en fauteuil.", "femme", "Ma femme", "a dit"),
        ("Monsieur, vous m'avez eu.", "gamin", ("il m'a lancé", "il"), "a lancé"),
        (
            "Tant que Gérard est là, le petit de 19 ans apprend à ses côtés. On ne va pas se plaindre",
            "Alain Cazeneuve",
            "Alain Cazeneuve",
            "sourit",
        ),
    ],
    ["Papi", "Éternel"],
)

article(
    "blind22-fr08",
    "fr",
    f"""Permanence des soins : un amendement sur les gardes obligatoires met le feu aux poudres chez les généralistes

Exercice
Par Claire Dumesnil
Publié le 14/11/2026

Les députés examineront la semaine prochaine, en commission des affaires sociales, un amendement qui rétablirait l’obligation pour les médecins généralistes libéraux de participer aux gardes de nuit et de week-end. Déposé par la députée Hélène Marchal-Tessier, élue d’une circonscription rurale de la Nièvre, il a provoqué une levée de boucliers immédiate.
Dans l’exposé des motifs, l’élue écrit que « le volontariat a échoué » et que « dans certains territoires, la régulation de nuit repose sur moins de cinq praticiens ». Interrogée par Le Quotidien, elle assume : «{NB}Je ne cherche pas à punir les médecins. Je cherche à ce qu’un habitant de Clamecy ait le même accès aux soins qu’un habitant de Lyon à trois heures du matin.{NB}»
La Fédération des médecins généralistes libéraux (FMGL) dénonce une «{NB}mesure coercitive et contre-productive{NB}». «{NB}On va décourager les derniers jeunes qui hésitaient encore à s’installer{NB}», prévient son président, le Dr Antoine Keller, qui appelle à une journée de fermeture des cabinets le 2 décembre.
Lire aussi : Installation : les jeunes généralistes boudent toujours les zones sous-denses
Généraliste à Château-Chinon, le Dr Martine Roux assure déjà deux gardes par mois, à 64 ans. Elle ne cache pas son épuisement.
«{NB}La nuit, on est seul, avec un secteur de quarante kilomètres. On fait des visites, on tombe sur des situations sociales terribles, et on reprend les consultations à 8 heures.
«{NB}Nous obliger, ce serait oublier que certains d’entre nous le font déjà depuis trente ans sans rien demander. Ce qu’il faut, ce sont des maisons médicales de garde et des chauffeurs{NB}», plaide-t-elle.
Du côté du ministère de la Santé, on se montre prudent. «{NB}Le gouvernement n’est pas favorable à une obligation générale à ce stade{NB}», indique-t-on dans l’entourage du ministre, tout en reconnaissant que « la situation de certains départements n’est plus tenable ».
Pour le Pr Étienne Lagarde, spécialiste de santé publique à l’université de Dijon, le débat est mal posé : « Une garde obligatoire sans régulation efficace, c’est envoyer des médecins épuisés faire du porte-à-porte. »
Le collectif de patients Nièvre Santé Pour Tous, lui, soutient l’amendement. Sa porte-parole, Danielle Moreau, rappelle qu’« une femme de 78 ans est morte l’hiver dernier en attendant un médecin pendant neuf heures ».
Vous devez être abonné pour réagir à cet article.
Mots-clés : Permanence des soins, Démographie médicale, Assemblée nationale""",
    [
        ("le volontariat a échoué", "Hélène Marchal-Tessier", "l’élue", "écrit"),
        (
            "dans certains territoires, la régulation de nuit repose sur moins de cinq praticiens",
            "Hélène Marchal-Tessier",
            "l’élue",
            "écrit",
        ),
        (
            "Je ne cherche pas à punir les médecins. Je cherche à ce qu’un habitant de Clamecy ait le même accès aux soins qu’un habitant de Lyon à trois heures du matin.",
            "Hélène Marchal-Tessier",
            ("elle assume", "elle"),
            "assume",
        ),
        (
            "mesure coercitive et contre-productive",
            "Fédération des médecins généralistes libéraux",
            "La Fédération des médecins généralistes libéraux",
            "dénonce",
        ),
        (
            "On va décourager les derniers jeunes qui hésitaient encore à s’installer",
            "Antoine Keller",
            "Antoine Keller",
            "prévient",
        ),
        (
            "La nuit, on est seul, avec un secteur de quarante kilomètres. On fait des visites, on tombe sur des situations sociales terribles, et on reprend les consultations à 8 heures.",
            "Martine Roux",
            ("plaide-t-elle", "elle"),
            "plaide",
        ),
        (
            "Nous obliger, ce serait oublier que certains d’entre nous le font déjà depuis trente ans sans rien demander. Ce qu’il faut, ce sont des maisons médicales de garde et des chauffeurs",
            "Martine Roux",
            ("plaide-t-elle", "elle"),
            "plaide",
        ),
        (
            "Le gouvernement n’est pas favorable à une obligation générale à ce stade",
            "entourage du ministre",
            "l’entourage du ministre",
            "indique",
        ),
        (
            "la situation de certains départements n’est plus tenable",
            "entourage du ministre",
            "l’entourage du ministre",
            "reconnaissant",
        ),
        (
            "Une garde obligatoire sans régulation efficace, c’est envoyer des médecins épuisés faire du porte-à-porte.",
            "Étienne Lagarde",
            "Étienne Lagarde",
            ("Pour le Pr", "Pour"),
        ),
        (
            "une femme de 78 ans est morte l’hiver dernier en attendant un médecin pendant neuf heures",
            "Danielle Moreau",
            "Danielle Moreau",
            "rappelle",
        ),
    ],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind22_fr.jsonl"), WORDS_RANGE)
