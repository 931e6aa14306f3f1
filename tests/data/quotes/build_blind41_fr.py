# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind41_fr.jsonl: a forty-first blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a leisure fisherman tried for selling
sea bass to restaurants (La Manche Libre, Norman weekly, court reporting: plain-spaced « », a
headline quote without a cue, a question from the bench, the defendant and the lawyers by role
noun, an interrupted quote, a defence plea running over two paragraphs, an unnamed restaurateur,
a harbour nickname and a boat name in marks), mooring fees raised in a Lake Geneva port (Le
Journal de Morges, Swiss local weekly: unpadded «», a dek partial quote, a Municipalité and a
sailing club with a short name in brackets, an open letter quoted, "Mme X", a petition title in
marks, an unnamed sailor), a chicory roasting line closing in Hainaut (Notélé, Belgian local TV
site: NNBSP padding, a company statement, a growers' federation with a short name in brackets,
a bourgmestre by title, an interrupted quote, a product name in marks, an unnamed grower),
night closures of a small-town emergency room (L'Écho abitibien, Québec regional weekly: NBSP
padding, a health centre with a short name in brackets answering by courriel, a nested “ ”, a
union, a député's Facebook post, an unnamed resident, a plan title and a group name in marks),
a solar mini-grid inaugurated in a Malian village (L'Essor, Malian state daily: plain-spaced
marks, a minister's speech after a colon running over two paragraphs, an agency with a short
name in brackets, "Selon", a village chief, a cooperative name and a nickname in marks), a
capsized racing yole in Martinique (Martinique la 1ère, overseas sport: “ ” marks, a Creole
quote, a league with a short name in brackets, the skipper by role noun, a yole name in marks,
a follow-on quote without a cue), a regional railway reopening postponed (Ville, Rail &
Transports, trade press: NBSP padding, a regional vice-president, an infrastructure manager's
note quoted, a users' association with a short name in brackets, an unnamed engineer, a report
title, a term and a viaduct nickname in marks) and a budget amendment withdrawn by the
government (L'Opinion, national politics: NNBSP padding, a headline quote with the speaker's
title before a colon, an unnamed ministerial adviser, an opposition MP's post on X, "selon",
an amendment nickname in marks). Padding varies: NBSP, NNBSP, plain spaces, none. Gold
conventions are those of build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind41_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind41-fr01",
    "fr",
    """« Je ne pensais pas faire de mal » : le pêcheur de loisir vendait ses bars aux restaurants

Coutances · Justice
Publié le 04/12/2025 à 17h30
Par Arnaud Lehodey

Il a le teint tanné de ceux qui passent leurs week-ends en mer, et la voix qui tremble quand la présidente l’appelle à la barre. Thierry Lemonnier, 52 ans, plaisancier à Hauteville-sur-Brèche, comparaissait mardi devant le tribunal correctionnel de Coutances pour avoir vendu près de 380 kilos de bars, pêchés en loisir, à trois restaurants de la côte entre l’été 2023 et l’automne 2024.
Sur le port, tout le monde le connaissait sous le surnom de « Bar-man ». Les enquêteurs de la gendarmerie maritime, eux, ont découvert un carnet où chaque livraison était notée au centime près.
« Vous saviez que la vente des produits de la pêche de loisir est interdite ? » demande la présidente, Catherine Hamelin.
« Oui, je le savais. Je ne pensais pas faire de mal, c’était pour payer le gasoil du bateau », répond le prévenu, tête basse.
Les bars saisis lors du contrôle d’octobre 2024, sur le quai de Hauteville. (Photo : gendarmerie maritime)
« Un commerce organisé »
Le procureur, Julien Tostivint, n’a pas vu les choses de la même façon. Il a dénoncé « un commerce organisé, pas un petit arrangement entre amis ». « Trois restaurants, des livraisons chaque semaine, un carnet de comptes, a-t-il détaillé. On est loin de la pêche du dimanche. » Il a requis 4 000 euros d’amende et la confiscation du bateau.
Partie civile, le Comité régional des pêches maritimes de Normandie (CRPMN) était représenté par Me Sophie Duval-Quesnel. « Chaque kilo vendu au noir, c’est un kilo que les professionnels ne vendent pas. Ces gens-là cassent les prix et pillent une ressource fragile », a plaidé l’avocate, qui réclamait 5 000 euros de dommages et intérêts pour le comité.
Lire aussi : Granville : la criée bat son record de coquilles Saint-Jacques
Entendu comme témoin, un restaurateur de la côte a reconnu avoir acheté le poisson « à un prix correct, sans poser de questions ». Il fait l’objet d’une procédure distincte.
Pour la défense, Me Olivier Lecanu a tenté de replacer son client dans un tableau plus large. « Mon client n’a jamais caché sa pêche. Il l’a vendue à des gens qui savaient très bien ce qu’ils achetaient.
« Où sont les restaurateurs aujourd’hui ? Ils ne sont pas sur le banc », a lancé l’avocat, qui a plaidé la relaxe partielle.
Le bateau confisqué
Le tribunal a finalement condamné Thierry Lemonnier à 3 000 euros d’amende, dont 1 500 avec sursis, et ordonné la confiscation de son bateau, le « Marie-Flo », une vedette de sept mètres. Il devra verser 1 200 euros au comité régional.
Sur le parvis, le quinquagénaire ne cachait pas son amertume. « Ils m’ont pris mon bateau. Pour quelques bars ! Le bateau, c’était toute ma retraite. »
Pour la gendarmerie maritime, ce dossier reste « emblématique » d’une pratique qui se développe sur tout le littoral de la Manche.
Partager cet article
Cet article est réservé aux abonnés""",
    [
        ("Je ne pensais pas faire de mal", "Thierry Lemonnier", None, None),
        (
            "Vous saviez que la vente des produits de la pêche de loisir est interdite ?",
            "Catherine Hamelin",
            "la présidente",
            "demande",
        ),
        (
            "Oui, je le savais. Je ne pensais pas faire de mal, c’était pour payer le gasoil du bateau",
            "Thierry Lemonnier",
            "le prévenu",
            "répond",
        ),
        ("Un commerce organisé", "Julien Tostivint", None, None),
        (
            "un commerce organisé, pas un petit arrangement entre amis",
            "Julien Tostivint",
            ("Il a dénoncé", "Il"),
            "a dénoncé",
        ),
        (
            "Trois restaurants, des livraisons chaque semaine, un carnet de comptes",
            "Julien Tostivint",
            ("a-t-il détaillé", "il"),
            "a-t-il détaillé",
        ),
        (
            "On est loin de la pêche du dimanche.",
            "Julien Tostivint",
            ("a-t-il détaillé", "il"),
            "a-t-il détaillé",
        ),
        (
            "Chaque kilo vendu au noir, c’est un kilo que les professionnels ne vendent pas. Ces gens-là cassent les prix et pillent une ressource fragile",
            "Sophie Duval-Quesnel",
            "l’avocate",
            "a plaidé",
        ),
        (
            "à un prix correct, sans poser de questions",
            "restaurateur",
            "un restaurateur de la côte",
            "a reconnu",
        ),
        (
            "Mon client n’a jamais caché sa pêche. Il l’a vendue à des gens qui savaient très bien ce qu’ils achetaient.",
            "Olivier Lecanu",
            "l’avocat",
            "a lancé",
        ),
        (
            "Où sont les restaurateurs aujourd’hui ? Ils ne sont pas sur le banc",
            "Olivier Lecanu",
            "l’avocat",
            "a lancé",
        ),
        (
            "Ils m’ont pris mon bateau. Pour quelques bars ! Le bateau, c’était toute ma retraite.",
            "Thierry Lemonnier",
            "le quinquagénaire",
            None,
        ),
        ("emblématique", "gendarmerie maritime", "la gendarmerie maritime", "Pour"),
    ],
    ["Bar-man", "Marie-Flo"],
)

article(
    "blind41-fr02",
    "fr",
    """Port de Vufflens-sur-Rive: les taxes d’amarrage vont bondir de 60%

La Municipalité veut financer la rénovation des pontons. Les navigateurs dénoncent une hausse «brutale et mal expliquée».

Publié le 10.12.2025 à 06:15
Par Camille Rochat-Pidoux

Les quelque 280 titulaires d’une place d’amarrage au port de Vufflens-sur-Rive vont devoir mettre la main au porte-monnaie. Dans un préavis soumis au Conseil communal, la Municipalité propose de relever les taxes annuelles de 60% dès le 1er avril. Pour un voilier de huit mètres, la facture passerait de 1450 à 2320 francs.
Objectif: financer la rénovation des pontons et de la digue ouest, estimée à 3,8 millions. «Les pontons datent de 1979. Certains bois sont pourris, on ne peut plus attendre», justifie la municipale des Finances, Sandrine Pittet-Chappuis. Selon elle, les tarifs actuels sont «parmi les plus bas de l’arc lémanique».
La Société nautique de Vufflens-sur-Rive (SNVR) ne conteste pas la nécessité des travaux, mais bien la méthode. Dans une lettre ouverte adressée aux conseillers communaux, le club estime que les usagers sont «traités comme des vaches à lait» et demande un étalement de la hausse sur cinq ans. «Nous proposons de participer aux travaux, pas de les payer seuls», écrit encore le comité.
Le président de la SNVR, Laurent Gilliéron, a été plus direct lors de l’assemblée du club. «On nous présente la facture sans jamais nous avoir consultés. Septante pour cent de nos membres sont des retraités, pas des millionnaires.»
Le port de Vufflens-sur-Rive compte 280 places, et une liste d’attente de onze ans. Jean-Bernard Sieber
Une pétition intitulée «Un port pour tous» circule depuis la fin novembre et a déjà recueilli plus de 600 signatures. Sur le ponton C, un propriétaire de dériveur, qui navigue ici depuis quarante ans, résume l’état d’esprit général: «Si ça passe, je vends le bateau. Je ne vais pas payer plus pour l’amarrage que pour l’assurance.»
Mme Pittet-Chappuis, elle, rappelle que la liste d’attente compte plus de 150 noms. «Quand quelqu’un rend sa place, elle est reprise dans la semaine, a-t-elle observé. Le port n’a aucun problème d’attractivité.»
Le syndic, Denis Mermoud, se veut rassurant. Il évoque «une porte ouverte» à un échelonnement sur deux ou trois ans, à condition que le Conseil accepte le principe de la hausse. Le préavis sera débattu le 18 décembre.
Lire aussi: Morges: le quai Lochmann fermé pour travaux jusqu’en mars
À voir également: notre galerie photos des régates de la Coupe d’automne""",
    [
        ("brutale et mal expliquée", "navigateurs", "Les navigateurs", "dénoncent"),
        (
            "Les pontons datent de 1979. Certains bois sont pourris, on ne peut plus attendre",
            "Sandrine Pittet-Chappuis",
            "Sandrine Pittet-Chappuis",
            "justifie",
        ),
        (
            "parmi les plus bas de l’arc lémanique",
            "Sandrine Pittet-Chappuis",
            ("Selon elle", "elle"),
            "Selon",
        ),
        (
            "traités comme des vaches à lait",
            "Société nautique de Vufflens-sur-Rive",
            "le club",
            "estime",
        ),
        (
            "Nous proposons de participer aux travaux, pas de les payer seuls",
            "Société nautique de Vufflens-sur-Rive",
            "le comité",
            "écrit",
        ),
        (
            "On nous présente la facture sans jamais nous avoir consultés. Septante pour cent de nos membres sont des retraités, pas des millionnaires.",
            "Laurent Gilliéron",
            "Laurent Gilliéron",
            None,
        ),
        (
            "Si ça passe, je vends le bateau. Je ne vais pas payer plus pour l’amarrage que pour l’assurance.",
            "propriétaire",
            "un propriétaire de dériveur",
            "résume",
        ),
        (
            "Quand quelqu’un rend sa place, elle est reprise dans la semaine",
            "Sandrine Pittet-Chappuis",
            ("a-t-elle observé", "elle"),
            "a-t-elle observé",
        ),
        (
            "Le port n’a aucun problème d’attractivité.",
            "Sandrine Pittet-Chappuis",
            ("a-t-elle observé", "elle"),
            "a-t-elle observé",
        ),
        ("une porte ouverte", "Denis Mermoud", ("Il évoque", "Il"), "évoque"),
    ],
    ["Un port pour tous"],
)

article(
    "blind41-fr03",
    "fr",
    f"""Fontenelle-lez-Ath{NNB}: la torréfaction de chicorée Delhaye-Vermeulen arrête sa ligne historique, 34 emplois menacés

Publié le 27/11/2025 à 18:42 - Mis à jour le 27/11/2025 à 19:10
Reportage de Manon Dufrasne et Kevin Leclercq

C’est une page de l’histoire industrielle de Wallonie picarde qui se tourne. La torréfaction Delhaye-Vermeulen, installée à Fontenelle-lez-Ath depuis 1911, va cesser de griller la chicorée sur son site d’origine. La production sera transférée d’ici l’été vers une usine du groupe dans le nord de la France. Trente-quatre emplois sont menacés.
L’annonce a été faite mercredi aux travailleurs lors d’un conseil d’entreprise. Dans un communiqué, la direction du groupe Delhaye-Vermeulen évoque des installations «{NNB}vieillissantes et non conformes aux nouvelles normes énergétiques{NNB}» et affirme vouloir «{NNB}proposer une solution à chaque travailleur{NNB}», notamment des reclassements en France.
Voir la vidéo
Pour les ouvriers, le coup est dur. Certains travaillent ici depuis plus de trente ans. «{NNB}Mon père a grillé la chicorée ici, mon grand-père aussi. Moi, on me propose d’aller travailler à cent kilomètres{NNB}», lâche Pascal Dewaele, opérateur sur la ligne de torréfaction. Il ajoute, la gorge nouée{NNB}: «{NNB}On nous dit que c’est l’énergie. Moi, je crois que c’est juste plus rentable ailleurs.{NNB}»
La marque «{NNB}Grain d’Antan{NNB}», vendue dans toute la Belgique, continuera d’être commercialisée, assure le groupe. Mais elle ne sera plus torréfiée à Fontenelle.
Les planteurs aussi inquiets
L’onde de choc dépasse les murs de l’usine. Une soixantaine d’agriculteurs de la région livrent chaque automne leurs racines à la torréfaction. La Fédération des planteurs de chicorée du Hainaut (FPCH) craint pour leurs contrats. «{NNB}Si l’usine part, qui va encore acheter nos racines à un prix correct{NNB}? s’interroge son président, Benoît Lemaire. On parle de familles qui cultivent la chicorée depuis quatre générations.{NNB}»
Un planteur d’Ormeignies, rencontré devant ses silos, se montre plus résigné. «{NNB}J’ai vu partir la sucrerie, j’ai vu partir la laiterie. Maintenant, c’est la chicorée{NNB}», soupire-t-il.
Le bourgmestre de Fontenelle-lez-Ath, Jean-Marc Delvaux, a été reçu jeudi par la direction. Le mayeur dit avoir plaidé pour «{NNB}un repreneur local plutôt qu’une fermeture sèche{NNB}». «{NNB}Le bâtiment appartient au groupe, mais la commune est prête à aider un projet de relance. Nous ne laisserons pas ce site devenir une friche{NNB}», a-t-il assuré à notre micro.
Du côté syndical, une première réunion de la procédure Renault est prévue le 4 décembre. La délégation n’exclut pas des actions si le groupe ne revoit pas sa copie.
Lire aussi{NNB}: Ath{NNB}: la brasserie des Géants agrandit sa salle de brassage
Partager sur Facebook Partager sur X""",
    [
        (
            "vieillissantes et non conformes aux nouvelles normes énergétiques",
            "groupe Delhaye-Vermeulen",
            "la direction du groupe Delhaye-Vermeulen",
            "évoque",
        ),
        (
            "proposer une solution à chaque travailleur",
            "groupe Delhaye-Vermeulen",
            "la direction du groupe Delhaye-Vermeulen",
            "affirme",
        ),
        (
            "Mon père a grillé la chicorée ici, mon grand-père aussi. Moi, on me propose d’aller travailler à cent kilomètres",
            "Pascal Dewaele",
            "Pascal Dewaele",
            "lâche",
        ),
        (
            "On nous dit que c’est l’énergie. Moi, je crois que c’est juste plus rentable ailleurs.",
            "Pascal Dewaele",
            ("Il ajoute", "Il"),
            "ajoute",
        ),
        (
            f"Si l’usine part, qui va encore acheter nos racines à un prix correct{NNB}?",
            "Benoît Lemaire",
            "Benoît Lemaire",
            "s’interroge",
        ),
        (
            "On parle de familles qui cultivent la chicorée depuis quatre générations.",
            "Benoît Lemaire",
            "Benoît Lemaire",
            "s’interroge",
        ),
        (
            "J’ai vu partir la sucrerie, j’ai vu partir la laiterie. Maintenant, c’est la chicorée",
            "planteur",
            ("soupire-t-il", "il"),
            "soupire",
        ),
        (
            "un repreneur local plutôt qu’une fermeture sèche",
            "Jean-Marc Delvaux",
            "Le mayeur",
            "dit",
        ),
        (
            "Le bâtiment appartient au groupe, mais la commune est prête à aider un projet de relance. Nous ne laisserons pas ce site devenir une friche",
            "Jean-Marc Delvaux",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
    ],
    ["Grain d’Antan"],
)

article(
    "blind41-fr04",
    "fr",
    f"""Urgence de Val-des-Épinettes{NB}: fermée la nuit pendant les Fêtes

Publié le 3 décembre 2025
Par Marie-Ève Lachance-Drolet

L’urgence de l’hôpital de Val-des-Épinettes sera fermée de 20{NB}h à 8{NB}h du 20 décembre au 5 janvier, faute d’infirmières en nombre suffisant. Pendant cette période, les patients devront se rendre à l’hôpital de La Sarre-Nord, à 74 kilomètres.
Dans une réponse transmise par courriel, le Centre intégré de santé et de services sociaux du Nord-Ouest (CISSS du Nord-Ouest) explique que la décision a été prise «{NB}en dernier recours, après avoir épuisé toutes les options de main-d’œuvre{NB}». L’établissement assure que les ambulances seront «{NB}redéployées pour garantir des délais d’intervention sécuritaires{NB}» et renvoie au document intitulé «{NB}Plan de continuité des services – période des Fêtes{NB}».
La mairesse de Val-des-Épinettes, Chantal Doucet-Rivard, a appris la nouvelle lundi, en même temps que la population. «{NB}On l’a su par un communiqué. Personne au CISSS n’a pris la peine de m’appeler{NB}», a-t-elle déploré en entrevue avec L’Écho abitibien.
«{NB}Chaque année, on nous répond “pénurie”. Ça fait trois ans que c’est “temporaire”. À un moment donné, il faut arrêter de mettre un plaster sur le bobo.{NB}»
L’urgence de Val-des-Épinettes dessert près de 11{NB}000 personnes. Photo{NB}: Courtoisie
Le syndicat dénonce le temps supplémentaire obligatoire
Pour le Syndicat des professionnelles en soins du Nord-Ouest (SPSNO), la fermeture est le résultat prévisible de conditions de travail qui font fuir le personnel. Sa présidente, Isabelle Gauthier-Roy, parle d’une «{NB}hémorragie{NB}». «{NB}Nos membres font du temps supplémentaire obligatoire semaine après semaine, a-t-elle fait valoir. Elles sont épuisées, et celles qui partent ne reviennent pas.{NB}»
Le député de la circonscription, Mathieu Lavallée, a réagi sur sa page Facebook. «{NB}J’ai demandé une rencontre d’urgence avec la direction du CISSS. Nos aînés ne doivent pas faire 74 kilomètres en pleine nuit, en plein hiver, pour voir un médecin{NB}», a-t-il écrit.
Dans les rues de Val-des-Épinettes, l’inquiétude est palpable. Une résidente de 78 ans, rencontrée à la pharmacie, a confié qu’elle avait peur «{NB}de ne pas se rendre à temps{NB}» si son mari refait un malaise. «{NB}Le chemin, l’hiver, c’est une patinoire. Ils pensent à ça, à Rouyn{NB}?{NB}»
Un groupe Facebook baptisé «{NB}SOS Urgence Val-des-Épinettes{NB}» compte déjà plus de 2{NB}400 membres. Ses administrateurs organisent une marche devant l’hôpital samedi midi.
Selon le CISSS du Nord-Ouest, une réouverture de nuit est envisagée «{NB}dès que la stabilité des équipes le permettra{NB}», sans plus de précisions.
Partager
Vous aimerez aussi{NB}: Amos{NB}: le projet de maison des aînés retardé d’un an""",
    [
        (
            "en dernier recours, après avoir épuisé toutes les options de main-d’œuvre",
            "Centre intégré de santé et de services sociaux du Nord-Ouest",
            "le Centre intégré de santé et de services sociaux du Nord-Ouest",
            "explique",
        ),
        (
            "redéployées pour garantir des délais d’intervention sécuritaires",
            "Centre intégré de santé et de services sociaux du Nord-Ouest",
            "L’établissement",
            "assure",
        ),
        (
            "On l’a su par un communiqué. Personne au CISSS n’a pris la peine de m’appeler",
            "Chantal Doucet-Rivard",
            ("a-t-elle déploré", "elle"),
            "a-t-elle déploré",
        ),
        (
            "Chaque année, on nous répond “pénurie”. Ça fait trois ans que c’est “temporaire”. À un moment donné, il faut arrêter de mettre un plaster sur le bobo.",
            "Chantal Doucet-Rivard",
            None,
            None,
        ),
        ("hémorragie", "Isabelle Gauthier-Roy", "Isabelle Gauthier-Roy", "parle"),
        (
            "Nos membres font du temps supplémentaire obligatoire semaine après semaine",
            "Isabelle Gauthier-Roy",
            ("a-t-elle fait valoir", "elle"),
            "a-t-elle fait valoir",
        ),
        (
            "Elles sont épuisées, et celles qui partent ne reviennent pas.",
            "Isabelle Gauthier-Roy",
            ("a-t-elle fait valoir", "elle"),
            "a-t-elle fait valoir",
        ),
        (
            "J’ai demandé une rencontre d’urgence avec la direction du CISSS. Nos aînés ne doivent pas faire 74 kilomètres en pleine nuit, en plein hiver, pour voir un médecin",
            "Mathieu Lavallée",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "de ne pas se rendre à temps",
            "résidente",
            "Une résidente de 78 ans",
            "a confié",
        ),
        (
            f"Le chemin, l’hiver, c’est une patinoire. Ils pensent à ça, à Rouyn{NB}?",
            "résidente",
            "Une résidente de 78 ans",
            None,
        ),
        (
            "dès que la stabilité des équipes le permettra",
            "Centre intégré de santé et de services sociaux du Nord-Ouest",
            "le CISSS du Nord-Ouest",
            "Selon",
        ),
    ],
    ["Plan de continuité des services – période des Fêtes", "SOS Urgence Val-des-Épinettes"],
)

article(
    "blind41-fr05",
    "fr",
    """Électrification rurale : Dioumanké entre dans la lumière

Envoyé spécial Moussa B. TRAORÉ
Publié le lundi 1er décembre 2025

Le ministre de l’Énergie et de l’Eau, Boubacar Sidibé, a procédé samedi à l’inauguration de la mini-centrale solaire hybride de Dioumanké, dans le cercle de Kassaro. L’infrastructure, d’une puissance de 250 kilowatts-crête, doit alimenter plus de 600 ménages, le centre de santé communautaire, deux écoles et une vingtaine de moulins et d’ateliers.
La cérémonie s’est déroulée en présence des autorités administratives et coutumières, devant une foule nombreuse venue des villages environnants. Prenant la parole, le ministre a déclaré : « Cette centrale n’est pas un cadeau, c’est un droit. L’électricité doit arriver partout où vivent des Maliens, et pas seulement dans les grandes villes.
« Le gouvernement s’est engagé à porter le taux d’accès en milieu rural au-delà de 40 % d’ici trois ans. Dioumanké est une étape, pas une fin. »
Une gestion confiée à l’agence
Le projet a été piloté par l’Agence nationale d’électrification rurale (ANER), avec l’appui de partenaires techniques et financiers. Selon son directeur général, Abdoulaye Keïta, le coût total s’élève à 1,9 milliard de FCFA. Il a précisé que les abonnés disposeront de compteurs à prépaiement et que le tarif social serait « le plus bas jamais appliqué dans la zone ».
Dans son rapport de fin de chantier, l’ANER souligne que « la maintenance sera assurée par quatre jeunes techniciens du village formés pendant six mois ». Ce choix a été salué par les notabilités.
Le chef de village de Dioumanké, Fousseyni Coulibaly, n’a pas caché son émotion. « Nos pères ont attendu cela toute leur vie. Aujourd’hui, nos enfants pourront étudier le soir sans lampe à pétrole », a-t-il dit, sous les applaudissements.
La centrale solaire de Dioumanké, d’une puissance de 250 kWc. (Photo : AMAP)
Les femmes en première ligne
La présidente de la coopérative des productrices de beurre de karité « Benkadi », Mme Diarra Oumou Sanogo, voit déjà plus loin. Sa coopérative, qui compte 85 membres, pourra désormais utiliser des presses électriques. « Avant, on pilait à la main pendant des heures. Avec le courant, on peut doubler la production et vendre jusqu’à Bamako », se réjouit-elle.
Les jeunes du village, eux, ont déjà trouvé un surnom à la centrale : « le champ de lumière ». Un jeune commerçant de téléphones portables ne tarit pas d’éloges : « Je n’aurai plus besoin d’aller à Kassaro pour recharger les batteries de mes clients. »
Le ministre a annoncé que six autres villages du cercle seraient raccordés d’ici la fin de l’année 2026.
Lire aussi : Hivernage 2025 : la production céréalière en hausse dans la région""",
    [
        (
            "Cette centrale n’est pas un cadeau, c’est un droit. L’électricité doit arriver partout où vivent des Maliens, et pas seulement dans les grandes villes.",
            "Boubacar Sidibé",
            "le ministre",
            "a déclaré",
        ),
        (
            "Le gouvernement s’est engagé à porter le taux d’accès en milieu rural au-delà de 40 % d’ici trois ans. Dioumanké est une étape, pas une fin.",
            "Boubacar Sidibé",
            "le ministre",
            "a déclaré",
        ),
        (
            "le plus bas jamais appliqué dans la zone",
            "Abdoulaye Keïta",
            ("Il a précisé", "Il"),
            "a précisé",
        ),
        (
            "la maintenance sera assurée par quatre jeunes techniciens du village formés pendant six mois",
            "Agence nationale d’électrification rurale",
            "l’ANER",
            "souligne",
        ),
        (
            "Nos pères ont attendu cela toute leur vie. Aujourd’hui, nos enfants pourront étudier le soir sans lampe à pétrole",
            "Fousseyni Coulibaly",
            ("a-t-il dit", "il"),
            "a-t-il dit",
        ),
        (
            "Avant, on pilait à la main pendant des heures. Avec le courant, on peut doubler la production et vendre jusqu’à Bamako",
            "Diarra Oumou Sanogo",
            ("se réjouit-elle", "elle"),
            "se réjouit",
        ),
        (
            "Je n’aurai plus besoin d’aller à Kassaro pour recharger les batteries de mes clients.",
            "commerçant",
            "Un jeune commerçant de téléphones portables",
            "ne tarit pas d’éloges",
        ),
    ],
    ["Benkadi", "le champ de lumière"],
)

article(
    "blind41-fr06",
    "fr",
    """Yoles rondes : “Dlo Kléré” chavire au large du Diamant, l’équipage sain et sauf

Par Ludovic Saint-Aimé
Publié le 8 décembre 2025 à 14h05, mis à jour à 16h20

Frayeur dimanche matin lors de la deuxième manche de la Boucle du Sud, course de yoles rondes disputée entre Sainte-Luce-Plage et Le Diamant. La yole “Dlo Kléré”, engagée par l’association sportive de l’Anse-Corail, a chaviré dans une forte houle au passage de la pointe, à environ 800 mètres de la côte. Les quatorze équipiers ont été récupérés par les bateaux suiveurs.
“On a pris une vague de travers, puis une deuxième. Le mât a cassé net et on s’est retrouvés à l’eau en quelques secondes”, raconte le patron de la yole, Gérald Sainte-Rose, joint par téléphone en fin de matinée. Un équipier, légèrement blessé à l’épaule, a été examiné par les secours et a pu regagner son domicile.
La course n’a pas été interrompue, ce qui a provoqué la colère du clan de l’Anse-Corail. Le skipper regrette une décision “incompréhensible quand des hommes sont à l’eau”.
La Ligue martiniquaise de yoles rondes (LMYR), organisatrice de l’épreuve, défend la gestion de l’incident. Dans un communiqué diffusé dimanche après-midi, elle affirme que “le dispositif de sécurité a fonctionné exactement comme prévu” et que “l’arrêt de la course aurait exposé d’autres équipages à un danger plus grand”.
Son président, Max-Henri Lordinot, a été plus nuancé au micro de Martinique la 1ère. “Je comprends l’émotion de l’équipage. Nous allons reprendre toutes les images avec les commissaires, et si des erreurs ont été commises, nous le dirons”, a-t-il promis.
La yole “Dlo Kléré” a été remorquée jusqu’au port du Diamant. © Martinique la 1ère
Reste la question du bateau. Selon l’association de l’Anse-Corail, la réparation du mât et de la coque pourrait coûter “au moins 15 000 euros”, à quelques mois du grand tour de l’île. Son trésorier, Rodrigue Nelzy, lance un appel aux sponsors : “Sans aide, on ne sera pas au départ en juillet. C’est aussi simple que ça.”
Sur la plage du Diamant, les supporters de l’Anse-Corail ont accueilli l’équipage sous les chants et les conques de lambi. Gérald Sainte-Rose, trempé, a lancé à la foule : “Nou pa ka lagé !”
“Cette yole, c’est notre quartier. On va la remettre à l’eau, même s’il faut faire une quête devant chaque maison.”
La troisième manche de la Boucle du Sud est prévue dimanche prochain.
Vidéo : les images du chavirage filmées depuis un bateau suiveur
Partager l’article""",
    [
        (
            "On a pris une vague de travers, puis une deuxième. Le mât a cassé net et on s’est retrouvés à l’eau en quelques secondes",
            "Gérald Sainte-Rose",
            "Gérald Sainte-Rose",
            "raconte",
        ),
        (
            "incompréhensible quand des hommes sont à l’eau",
            "Gérald Sainte-Rose",
            "Le skipper",
            "regrette",
        ),
        (
            "le dispositif de sécurité a fonctionné exactement comme prévu",
            "Ligue martiniquaise de yoles rondes",
            ("elle affirme", "elle"),
            "affirme",
        ),
        (
            "l’arrêt de la course aurait exposé d’autres équipages à un danger plus grand",
            "Ligue martiniquaise de yoles rondes",
            ("elle affirme", "elle"),
            "affirme",
        ),
        (
            "Je comprends l’émotion de l’équipage. Nous allons reprendre toutes les images avec les commissaires, et si des erreurs ont été commises, nous le dirons",
            "Max-Henri Lordinot",
            ("a-t-il promis", "il"),
            "a-t-il promis",
        ),
        (
            "au moins 15 000 euros",
            "association sportive de l’Anse-Corail",
            "l’association de l’Anse-Corail",
            "Selon",
        ),
        (
            "Sans aide, on ne sera pas au départ en juillet. C’est aussi simple que ça.",
            "Rodrigue Nelzy",
            "Rodrigue Nelzy",
            "lance",
        ),
        ("Nou pa ka lagé !", "Gérald Sainte-Rose", "Gérald Sainte-Rose", "a lancé"),
        (
            "Cette yole, c’est notre quartier. On va la remettre à l’eau, même s’il faut faire une quête devant chaque maison.",
            "Gérald Sainte-Rose",
            "Gérald Sainte-Rose",
            None,
        ),
    ],
    ["Dlo Kléré", "Dlo Kléré", "Dlo Kléré"],
)

article(
    "blind41-fr07",
    "fr",
    f"""Ligne des Causses{NB}: la réouverture aux voyageurs repoussée à 2029

Ferroviaire régional | Infrastructures
Par Hélène Marquant-Ribes | le 05/12/2025

Les voyageurs de la ligne Lézignac – Saint-Firmin-des-Causses devront patienter. Fermée depuis 2019 pour vétusté, cette liaison de 62 kilomètres, classée parmi les «{NB}petites lignes{NB}» de desserte fine du territoire, ne rouvrira pas en 2027 comme prévu, mais au mieux à l’automne 2029.
En cause, l’état des ouvrages d’art, plus dégradé qu’estimé. Un audit commandé par la Région, intitulé «{NB}Ligne des Causses{NB}: diagnostic des ouvrages d’art et des tunnels{NB}», a mis en évidence des désordres structurels sur le viaduc de la Séoune, un ouvrage de 1889 surnommé «{NB}le Mille-Pattes{NB}» pour ses dix-neuf arches.
Dans une note transmise à VRT, le gestionnaire d’infrastructure, la Société des voies ferrées régionales du Sud (SVFRS), indique que «{NB}la reprise complète de trois piles du viaduc est désormais incontournable{NB}» et chiffre le surcoût à 23{NB}millions d’euros. La note précise que les travaux ne pourront commencer qu’après «{NB}une campagne d’études géotechniques d’au moins dix-huit mois{NB}».
«{NB}Personne ne se réjouit de ce calendrier, mais je ne ferai pas circuler des trains sur un ouvrage dont on n’est pas certain{NB}», a déclaré à VRT la vice-présidente de la Région chargée des mobilités, Nadège Fabre-Combes. L’élue assure que le financement est «{NB}sécurisé à 100{NB}%{NB}» et que la Région ne renonce pas au projet.
Un ingénieur qui a travaillé sur le dossier, et qui a requis l’anonymat, relativise le retard. «{NB}Sur un viaduc en maçonnerie de cet âge, on découvre toujours des surprises quand on commence à sonder. Deux ans, ce n’est pas un scandale, c’est de la prudence.{NB}»
Le viaduc de la Séoune, en mai 2025, lors de la campagne d’inspection. © SVFRS
L’Association des usagers de la ligne des Causses (AULC) n’est pas de cet avis. Son président, Bernard Vidal-Cros, rappelle que la réouverture avait déjà été repoussée une première fois en 2022. «{NB}On nous a promis 2024, puis 2027, maintenant 2029. À ce rythme, nos enfants prendront le train, pas nous{NB}», ironise-t-il. L’association réclame la mise en place immédiate de cars de substitution cadencés.
M. Vidal-Cros s’interroge aussi sur les choix techniques{NB}: «{NB}Pourquoi n’a-t-on pas lancé les études géotechniques il y a trois ans{NB}? On savait que le Mille-Pattes était le point faible de la ligne.{NB}»
La vice-présidente, elle, promet de présenter aux usagers un calendrier détaillé en janvier. La Région étudie par ailleurs un renforcement de l’offre de cars entre Lézignac et Saint-Firmin, selon son service de presse.
À lire également{NB}: Trains régionaux{NB}: le matériel à hydrogène prend encore du retard
Cet article est réservé aux abonnés de Ville, Rail & Transports""",
    [
        (
            "la reprise complète de trois piles du viaduc est désormais incontournable",
            "Société des voies ferrées régionales du Sud",
            "le gestionnaire d’infrastructure",
            "indique",
        ),
        (
            "une campagne d’études géotechniques d’au moins dix-huit mois",
            "Société des voies ferrées régionales du Sud",
            "La note",
            "précise",
        ),
        (
            "Personne ne se réjouit de ce calendrier, mais je ne ferai pas circuler des trains sur un ouvrage dont on n’est pas certain",
            "Nadège Fabre-Combes",
            "Nadège Fabre-Combes",
            "a déclaré",
        ),
        (
            f"sécurisé à 100{NB}%",
            "Nadège Fabre-Combes",
            "L’élue",
            "assure",
        ),
        (
            "Sur un viaduc en maçonnerie de cet âge, on découvre toujours des surprises quand on commence à sonder. Deux ans, ce n’est pas un scandale, c’est de la prudence.",
            "ingénieur",
            "Un ingénieur qui a travaillé sur le dossier",
            "relativise",
        ),
        (
            "On nous a promis 2024, puis 2027, maintenant 2029. À ce rythme, nos enfants prendront le train, pas nous",
            "Bernard Vidal-Cros",
            ("ironise-t-il", "il"),
            "ironise",
        ),
        (
            f"Pourquoi n’a-t-on pas lancé les études géotechniques il y a trois ans{NB}? On savait que le Mille-Pattes était le point faible de la ligne.",
            "Bernard Vidal-Cros",
            "M. Vidal-Cros",
            "s’interroge",
        ),
    ],
    [
        "petites lignes",
        f"Ligne des Causses{NB}: diagnostic des ouvrages d’art et des tunnels",
        "le Mille-Pattes",
    ],
)

article(
    "blind41-fr08",
    "fr",
    f"""Le ministre des Comptes publics{NNB}: «{NNB}Nous retirons l’amendement, pas l’objectif{NNB}»

Sous la pression de sa propre majorité, Bercy renonce à surtaxer les meublés de tourisme dans les zones tendues. Du moins pour cette année.

Par Clémence Aubriot-Varenne
Le 09 décembre 2025 à 19h12
Politique | Budget 2026

C’est un recul qui ne dit pas son nom. Mardi soir, en séance, le ministre délégué aux Comptes publics, Étienne Morvillier, a annoncé le retrait de l’amendement gouvernemental qui prévoyait une surtaxe de 15{NNB}% sur les revenus des meublés de tourisme situés dans les communes en zone tendue. Le dispositif, aussitôt rebaptisé «{NNB}amendement Airbnb{NNB}» dans les couloirs du Palais-Bourbon, devait rapporter 420{NNB}millions d’euros.
«{NNB}Nous retirons l’amendement, pas l’objectif. La question du logement dans les zones tendues reste entière, et nous y reviendrons au printemps{NNB}», a lancé M. Morvillier depuis le banc du gouvernement, sous quelques huées de la gauche.
Le rapporteur général du budget, Arnaud Pélissier-Vautrin, avait pourtant défendu la mesure en commission. Il a regretté un retrait «{NNB}précipité{NNB}». «{NNB}On ne construit pas une politique du logement en reculant à la première pétition, a-t-il dit à L’Opinion. Mais j’entends que le texte n’était pas mûr.{NNB}»
Lire aussi{NNB}: Budget 2026{NNB}: les six amendements qui fâchent la majorité
Selon plusieurs députés du bloc central, une trentaine d’élus de la majorité menaçaient de ne pas voter l’article. Un conseiller ministériel le reconnaît sans détour{NNB}: «{NNB}On n’avait pas les voix. Il valait mieux reculer mardi que perdre jeudi.{NNB}» Il ajoute que le ministre a «{NNB}préféré l’honnêteté à l’entêtement{NNB}».
L’opposition n’a pas tardé à réagir. Sur X, la députée Solène Garrigue-Marty a ironisé{NNB}: «{NNB}Le gouvernement découvre que les propriétaires de meublés votent aussi. Les locataires, eux, attendront.{NNB}» Elle dénonce un «{NNB}renoncement pur et simple{NNB}» et appelle à une proposition de loi transpartisane.
Côté professionnels, l’Union nationale des loueurs saisonniers (UNLS) salue une décision «{NNB}de bon sens{NNB}». Dans un communiqué, l’organisation estime que la surtaxe «{NNB}aurait frappé d’abord les petits propriétaires, pas les grandes plateformes{NNB}».
Les associations de défense des locataires, elles, parlent d’une occasion manquée. Pour Karim Benslimane, porte-parole du collectif Logement d’abord, le texte était «{NNB}imparfait mais indispensable{NNB}».
À Bercy, on assure que le sujet reviendra dans un projet de loi sur le logement au premier semestre. Reste à savoir avec quelle majorité.
Newsletter{NNB}: recevez L’Opinion chaque matin
Partager{NNB}: X Facebook LinkedIn""",
    [
        (
            "Nous retirons l’amendement, pas l’objectif",
            "Étienne Morvillier",
            "Le ministre des Comptes publics",
            None,
        ),
        (
            "Nous retirons l’amendement, pas l’objectif. La question du logement dans les zones tendues reste entière, et nous y reviendrons au printemps",
            "Étienne Morvillier",
            "M. Morvillier",
            "a lancé",
        ),
        ("précipité", "Arnaud Pélissier-Vautrin", ("Il a regretté", "Il"), "a regretté"),
        (
            "On ne construit pas une politique du logement en reculant à la première pétition",
            "Arnaud Pélissier-Vautrin",
            ("a-t-il dit", "il"),
            "a-t-il dit",
        ),
        (
            "Mais j’entends que le texte n’était pas mûr.",
            "Arnaud Pélissier-Vautrin",
            ("a-t-il dit", "il"),
            "a-t-il dit",
        ),
        (
            "On n’avait pas les voix. Il valait mieux reculer mardi que perdre jeudi.",
            "conseiller",
            "Un conseiller ministériel",
            "reconnaît",
        ),
        (
            "préféré l’honnêteté à l’entêtement",
            "conseiller",
            ("Il ajoute", "Il"),
            "ajoute",
        ),
        (
            "Le gouvernement découvre que les propriétaires de meublés votent aussi. Les locataires, eux, attendront.",
            "Solène Garrigue-Marty",
            "Solène Garrigue-Marty",
            "a ironisé",
        ),
        ("renoncement pur et simple", "Solène Garrigue-Marty", "Elle", "dénonce"),
        (
            "de bon sens",
            "Union nationale des loueurs saisonniers",
            "l’Union nationale des loueurs saisonniers",
            "salue",
        ),
        (
            "aurait frappé d’abord les petits propriétaires, pas les grandes plateformes",
            "Union nationale des loueurs saisonniers",
            "l’organisation",
            "estime",
        ),
        ("imparfait mais indispensable", "Karim Benslimane", "Karim Benslimane", "Pour"),
    ],
    ["amendement Airbnb"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind41_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
