# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind34_fr.jsonl: a thirty-fourth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a flax scutching cooperative with a
warehouse full of unsold fibre (Paris-Normandie, agri-industry: a headline quote without a cue,
a cooperative with a short name in brackets, an interrupted quote, a quote after a colon with no
speech verb, a brand name in marks, an anonymous broker), a grass runway shortened for a solar
farm (Aerobuzz, general aviation: NNBSP padding, a dek quote with a group cue, a nested “ ”
reply, a consultancy's study quoted, an anonymous inspector, a petition and a nickname in
marks, a follow-on quote without a cue), olive-oil exporters against a floor price (Kapitalis,
Tunisia economy: unpadded marks and straight apostrophes, a headline quote with a group cue, a
council with a short name in brackets speaking by communiqué, an anonymous senior official),
bark beetles felling a communal spruce forest (Vosges Matin, forestry: plain-spaced marks, the
mayor by title only in an interrupted quote, a cooperative's letter, an unnamed resident, a
programme's name, Mme X), a parish pilgrims' hostel closing on the Way of St James (Le
Pèlerin, religion and society: a multi-paragraph testimony with a nested “ ” remark, a
federation's letter, a donation practice and a book title in marks), a family luggage maker
sold to a fund (Challenges, business: a cousin's dissent, an HR e-mail in “ ”, an anonymous
banker, a slogan in marks, an interrupted quote), a radio interview of a hunters' federation
president after a fatal accident (Europe 1, hunting and safety: a headline quote with a
title-only cue, a Q&A whose unmarked answers are not listed while the quotes inside them are, a
petition title, the minister's entourage) and a half-marathon stopped in a heatwave (Nord
Éclair, running: a headline partial quote with "pour", unpadded and NNBSP marks, a testimony
with a nested “ ” phrase, an interrupted quote, a follow-on quote without a cue, the
prefecture's communiqué, a protocol's name). Padding varies: NBSP, NNBSP, plain spaces, none.
Gold conventions are those of build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind34_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind34-fr01",
    "fr",
    f"""«{NB}On a des balles de lin jusqu’au plafond{NB}» : la coopérative de teillage de Bourville-en-Caux au bord de l’asphyxie

Les ventes de fibre de lin vers l’Asie ont chuté de près de moitié en un an. À Bourville-en-Caux, la coopérative stocke une récolte qu’elle ne parvient plus à écouler et demande un coup de pouce à la Région.

Par Mathilde Vasseur
Publié le 14/10/2025 à 06h30 · Mis à jour le 14/10/2025 à 09h12

Dans le hangar numéro 3, les balles de filasse s’empilent sur six mètres de haut. «{NB}On a des balles de lin jusqu’au plafond, et le plafond, on l’a atteint en août{NB}», soupire Grégoire Lemonnier, directeur de la Coopérative linière du Plateau cauchois (CLPC), qui regroupe 212 exploitations entre Yvetot et la côte et vend sa fibre sous la marque «{NB}Caux Filasse{NB}».
En cause, l’effondrement des commandes des filatures asiatiques, qui absorbent d’ordinaire plus de 80 % de la production normande. «{NB}Nos clients nous disent qu’ils ont encore du stock de l’an dernier, explique M. Lemonnier. Tant qu’ils ne l’auront pas filé, ils n’achèteront pas.{NB}» Le prix de la filasse longue est passé de 6,20 euros à 3,40 euros le kilo en douze mois.
Photo : Paris-Normandie / Julien Drouet
Pour les liniculteurs, le calcul est vite fait. «{NB}En dessous de 4 euros, on perd de l’argent à chaque hectare{NB}», assure Sandrine Aubé, qui cultive 38 hectares de lin près de Doudeville. Elle a déjà réduit ses surfaces de moitié pour la prochaine campagne : «{NB}Je ne vais pas semer pour remplir un hangar.{NB}»
Lire aussi : Pays de Caux : la récolte de lin retardée par les pluies de juillet
Le 2 octobre, la CLPC a adopté une motion demandant «{NB}un dispositif de stockage aidé{NB}» et «{NB}un prêt de trésorerie à taux zéro{NB}» pour passer l’hiver. Dans ce texte, la coopérative estime que «{NB}sans soutien public, une partie des adhérents arrachera définitivement le lin de ses assolements{NB}».
Le vice-président de la Région chargé de l’agriculture, Hervé Castagnier, s’est dit «{NB}attentif{NB}». «{NB}Le lin est une filière d’excellence, nous ne la laisserons pas tomber{NB}», a-t-il déclaré mardi en marge d’une visite au salon agricole de Bois-Guillaume. Il n’a toutefois avancé aucun montant.
Partager : Facebook X WhatsApp E-mail
Du côté des teilleurs privés, la situation n’est guère meilleure. L’entreprise Teillage Haquet et Fils, à Cany-Barville, a placé quinze de ses quarante salariés en activité partielle. «{NB}Nous avons connu la crise de 2009, mais là, personne ne sait quand ça va repartir{NB}», confie son gérant, Olivier Haquet.
Un courtier en fibres, qui préfère rester anonyme, se montre plus optimiste : selon lui, les filatures «{NB}devront bien racheter au printemps, quand leurs stocks seront vides{NB}».
Grégoire Lemonnier, lui, refuse de céder au pessimisme. «{NB}Le lin a survécu à tout, aux guerres comme au coton. Il survivra à ça aussi{NB}», a-t-il lancé devant les adhérents réunis en assemblée extraordinaire vendredi soir, avant de les appeler à «{NB}tenir bon, ensemble{NB}».
Le dossier doit être examiné par la commission permanente régionale le 6 novembre.
Newsletter Agriculture : chaque jeudi, l’essentiel de l’actualité agricole normande. Je m’inscris""",
    [
        ("On a des balles de lin jusqu’au plafond", "Grégoire Lemonnier", None, None),
        (
            "On a des balles de lin jusqu’au plafond, et le plafond, on l’a atteint en août",
            "Grégoire Lemonnier",
            "Grégoire Lemonnier",
            "soupire",
        ),
        (
            "Nos clients nous disent qu’ils ont encore du stock de l’an dernier",
            "Grégoire Lemonnier",
            "M. Lemonnier",
            "explique",
        ),
        (
            "Tant qu’ils ne l’auront pas filé, ils n’achèteront pas.",
            "Grégoire Lemonnier",
            "M. Lemonnier",
            "explique",
        ),
        (
            "En dessous de 4 euros, on perd de l’argent à chaque hectare",
            "Sandrine Aubé",
            "Sandrine Aubé",
            "assure",
        ),
        (
            "Je ne vais pas semer pour remplir un hangar.",
            "Sandrine Aubé",
            ("Elle a déjà", "Elle"),
            None,
        ),
        (
            "un dispositif de stockage aidé",
            "Coopérative linière du Plateau cauchois",
            ("la CLPC a adopté", "la CLPC"),
            "demandant",
        ),
        (
            "un prêt de trésorerie à taux zéro",
            "Coopérative linière du Plateau cauchois",
            ("la CLPC a adopté", "la CLPC"),
            "demandant",
        ),
        (
            "sans soutien public, une partie des adhérents arrachera définitivement le lin de ses assolements",
            "Coopérative linière du Plateau cauchois",
            ("la coopérative estime", "la coopérative"),
            "estime",
        ),
        ("attentif", "Hervé Castagnier", "Hervé Castagnier", "s’est dit"),
        (
            "Le lin est une filière d’excellence, nous ne la laisserons pas tomber",
            "Hervé Castagnier",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Nous avons connu la crise de 2009, mais là, personne ne sait quand ça va repartir",
            "Olivier Haquet",
            "Olivier Haquet",
            "confie",
        ),
        (
            "devront bien racheter au printemps, quand leurs stocks seront vides",
            "courtier",
            ("selon lui", "lui"),
            "selon",
        ),
        (
            "Le lin a survécu à tout, aux guerres comme au coton. Il survivra à ça aussi",
            "Grégoire Lemonnier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("tenir bon, ensemble", "Grégoire Lemonnier", ("a-t-il lancé", "il"), "appeler"),
    ],
    ["Caux Filasse"],
)

article(
    "blind34-fr02",
    "fr",
    f"""Aérodrome de Saint-Léger-des-Prés : la piste raccourcie de 400 mètres pour une centrale solaire

L’aéro-club local dénonce un projet «{NNB}décidé sans nous{NNB}» et craint pour la sécurité des élèves pilotes. La communauté de communes assume.

Frédéric Marchal | 22 septembre 2025 | Aviation générale | 4 commentaires

C’est un dossier qui agite le petit monde de l’aviation légère dans l’Yonne. La communauté de communes du Val d’Orvanne (CCVO), propriétaire de l’aérodrome de Saint-Léger-des-Prés, a voté le 11 septembre l’installation d’une centrale photovoltaïque de 9 hectares sur la partie est de la plateforme. Conséquence : la piste en herbe 04/22 passera de 1 050 à 650 mètres.
«{NNB}Avec 650 mètres, on ne peut plus former correctement des élèves sur un DR400 par temps chaud et piste mouillée. C’est aussi simple que ça{NNB}», tranche Patrick Lheureux, président de l’Aéro-club des Trois Vallées, qui compte 74 membres et trois avions.
L’une des instructrices du club, Nadia Ferrandon, raconte avoir découvert le projet dans la presse locale. «{NNB}J’ai appelé la communauté de communes, on m’a répondu “c’est acté, il fallait venir aux réunions”. Sauf que personne ne nous avait invités{NNB}», regrette-t-elle.
Le club s’appuie sur une étude qu’il a commandée au bureau Aéroconseil Bourgogne. Le cabinet y conclut que la piste raccourcie «{NNB}ne permettra plus l’exploitation en sécurité des avions-écoles les plus lourds en période estivale{NNB}» et recommande de conserver «{NNB}au minimum 850 mètres de distance de roulement utilisable{NNB}».
Publicité
Contactée par Aerobuzz, la CCVO défend un projet «{NNB}vital pour les finances du territoire{NNB}». La centrale doit rapporter 180 000 euros de loyer par an, soit davantage que toutes les redevances de l’aérodrome réunies. «{NNB}Nous ne fermons pas l’aérodrome, nous le faisons vivre autrement, fait valoir son président, Joël Mérindol. Les avions continueront de voler.{NNB}»
Du côté de l’aviation civile, on reste prudent. «{NNB}Il appartiendra à l’exploitant de publier de nouvelles distances déclarées, et nous vérifierons que les trouées restent dégagées{NNB}», indique un inspecteur de la direction interrégionale, sous couvert d’anonymat.
Lire aussi : Le carburant sans plomb s’impose peu à peu dans les aéro-clubs
Une pétition en ligne, «{NNB}Sauvons la 04/22{NNB}», a recueilli 2 300 signatures en dix jours. Les pilotes du coin, eux, ont déjà rebaptisé la future bande «{NNB}le timbre-poste{NNB}».
Patrick Lheureux promet de porter l’affaire devant le tribunal administratif de Dijon. «{NNB}Nous avons déjà pris un avocat. On ira jusqu’au bout{NNB}», affirme-t-il.
«{NNB}Si on laisse faire ici, ce sera le tour d’un autre terrain l’an prochain. Les aérodromes, on ne les recrée jamais.{NNB}»
Photo : la piste en herbe de Saint-Léger-des-Prés. © Aéro-club des Trois Vallées""",
    [
        ("décidé sans nous", "Aéro-club des Trois Vallées", "L’aéro-club local", "dénonce"),
        (
            "Avec 650 mètres, on ne peut plus former correctement des élèves sur un DR400 par temps chaud et piste mouillée. C’est aussi simple que ça",
            "Patrick Lheureux",
            "Patrick Lheureux",
            "tranche",
        ),
        (
            "J’ai appelé la communauté de communes, on m’a répondu “c’est acté, il fallait venir aux réunions”. Sauf que personne ne nous avait invités",
            "Nadia Ferrandon",
            ("regrette-t-elle", "elle"),
            "regrette",
        ),
        (
            "ne permettra plus l’exploitation en sécurité des avions-écoles les plus lourds en période estivale",
            "Aéroconseil Bourgogne",
            "Le cabinet",
            "conclut",
        ),
        (
            "au minimum 850 mètres de distance de roulement utilisable",
            "Aéroconseil Bourgogne",
            "Le cabinet",
            "recommande",
        ),
        (
            "vital pour les finances du territoire",
            "communauté de communes du Val d’Orvanne",
            "la CCVO",
            "défend",
        ),
        (
            "Nous ne fermons pas l’aérodrome, nous le faisons vivre autrement",
            "Joël Mérindol",
            "Joël Mérindol",
            "fait valoir",
        ),
        ("Les avions continueront de voler.", "Joël Mérindol", "Joël Mérindol", "fait valoir"),
        (
            "Il appartiendra à l’exploitant de publier de nouvelles distances déclarées, et nous vérifierons que les trouées restent dégagées",
            "inspecteur",
            "un inspecteur de la direction interrégionale",
            "indique",
        ),
        (
            "Nous avons déjà pris un avocat. On ira jusqu’au bout",
            "Patrick Lheureux",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        (
            "Si on laisse faire ici, ce sera le tour d’un autre terrain l’an prochain. Les aérodromes, on ne les recrée jamais.",
            "Patrick Lheureux",
            None,
            None,
        ),
    ],
    ["Sauvons la 04/22", "le timbre-poste"],
)

article(
    "blind34-fr03",
    "fr",
    """Huile d'olive: «On vend à perte», alertent les exportateurs

Par Walid Ben Salah - 3 décembre 2025

Economie

Le prix de référence de l'huile d'olive extra vierge fixé la semaine dernière par le Conseil oléicole tunisien (COT) ne passe pas. Réunis mardi à Sfax, les exportateurs ont dénoncé un tarif «déconnecté des marchés» et réclamé sa révision «dans les plus brefs délais».
«Avec un prix plancher à 14 dinars le kilo au départ des huileries, alors que l'huile se négocie autour de 3,9 euros en Andalousie, on vend à perte sur chaque conteneur», a expliqué Mourad Chaabouni, président de la Chambre syndicale des exportateurs d'huile et patron d'une conserverie de la route de Gabès.
Selon lui, plusieurs contrats avec des acheteurs italiens et espagnols ont été «gelés» depuis l'annonce. «Nos clients ne vont pas nous attendre. Ils iront s'approvisionner ailleurs, et ils ne reviendront pas de sitôt», a-t-il averti.
Articles liés:
Sfax: la campagne oléicole démarre sous la pluie
Exportations: l'huile conditionnée peine à percer
Dans un communiqué publié mercredi, le COT justifie sa décision par la nécessité de «protéger le revenu des agriculteurs après trois années de sécheresse». Le Conseil rappelle que le prix de référence «n'a qu'une valeur indicative pour les transactions entre privés» et appelle les opérateurs à «faire preuve de responsabilité».
Les oléiculteurs, eux, applaudissent. «Pour la première fois depuis longtemps, quelqu'un pense à ceux qui récoltent», estime Hédi Mansouri, qui exploite 900 pieds près de Zarzis. «L'an dernier, on m'a payé mes olives 1,2 dinar le kilo. Je n'ai même pas couvert la main-d'œuvre.»
Au ministère de l'Agriculture, un haut cadre qui a requis l'anonymat reconnaît que le dossier est «sensible». «Le prix plancher a été décidé dans l'urgence, sous la pression des régions productrices. Personne n'a vraiment mesuré l'effet sur l'export», confie-t-il à Kapitalis.
L'économiste Sonia Gharbi, spécialiste des filières agricoles, préfère un mécanisme de compensation à un prix administré: «On ne peut pas demander aux exportateurs de porter seuls le coût d'une politique sociale. C'est à l'État de le faire, via un fonds de soutien alimenté par une taxe sur les volumes exportés.»
La Tunisie, deuxième producteur mondial certaines années, a exporté quelque 200 000 tonnes lors de la dernière campagne, essentiellement en vrac vers l'Union européenne. Le COT doit recevoir les représentants des exportateurs le 10 décembre à Tunis.
Partager:
Facebook
Twitter
LinkedIn""",
    [
        ("On vend à perte", "exportateurs", "les exportateurs", "alertent"),
        ("déconnecté des marchés", "exportateurs", "les exportateurs", "ont dénoncé"),
        ("dans les plus brefs délais", "exportateurs", "les exportateurs", "réclamé"),
        (
            "Avec un prix plancher à 14 dinars le kilo au départ des huileries, alors que l'huile se négocie autour de 3,9 euros en Andalousie, on vend à perte sur chaque conteneur",
            "Mourad Chaabouni",
            "Mourad Chaabouni",
            "a expliqué",
        ),
        ("gelés", "Mourad Chaabouni", ("Selon lui", "lui"), "Selon"),
        (
            "Nos clients ne vont pas nous attendre. Ils iront s'approvisionner ailleurs, et ils ne reviendront pas de sitôt",
            "Mourad Chaabouni",
            ("a-t-il averti", "il"),
            "a-t-il averti",
        ),
        (
            "protéger le revenu des agriculteurs après trois années de sécheresse",
            "Conseil oléicole tunisien",
            "le COT",
            "justifie",
        ),
        (
            "n'a qu'une valeur indicative pour les transactions entre privés",
            "Conseil oléicole tunisien",
            "Le Conseil",
            "rappelle",
        ),
        ("faire preuve de responsabilité", "Conseil oléicole tunisien", "Le Conseil", "appelle"),
        (
            "Pour la première fois depuis longtemps, quelqu'un pense à ceux qui récoltent",
            "Hédi Mansouri",
            "Hédi Mansouri",
            "estime",
        ),
        (
            "L'an dernier, on m'a payé mes olives 1,2 dinar le kilo. Je n'ai même pas couvert la main-d'œuvre.",
            "Hédi Mansouri",
            "Hédi Mansouri",
            "estime",
        ),
        ("sensible", "cadre", "un haut cadre", "reconnaît"),
        (
            "Le prix plancher a été décidé dans l'urgence, sous la pression des régions productrices. Personne n'a vraiment mesuré l'effet sur l'export",
            "cadre",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "On ne peut pas demander aux exportateurs de porter seuls le coût d'une politique sociale. C'est à l'État de le faire, via un fonds de soutien alimenté par une taxe sur les volumes exportés.",
            "Sonia Gharbi",
            "Sonia Gharbi",
            None,
        ),
    ],
)

article(
    "blind34-fr04",
    "fr",
    """Scolytes : à Ravines-sur-Moselotte, la forêt communale rasée par pans entiers

Les coupes sanitaires se multiplient dans la haute vallée. À Ravines, 60 hectares d’épicéas vont tomber d’ici au printemps. Un crève-cœur pour les habitants, un trou dans les finances de la commune.

Vosges Matin | Aurélien Kieffer | Le 18/09/2025 à 05:00 | mis à jour à 07:12

Vus depuis la route du col, les versants ressemblent à un damier : ici du vert, là des taches rousses, plus loin des parcelles nues où ne restent que des souches. « Il y a cinq ans, on n’avait jamais vu un épicéa rouge sur la commune. Aujourd’hui, j’en compte des milliers », lâche le maire, Jean-Paul Thiébaut, en montrant la crête.
Le coupable est minuscule : le typographe, un scolyte de quelques millimètres qui creuse ses galeries sous l’écorce des épicéas affaiblis par les sécheresses. « Un arbre attaqué en juin est mort en août. On ne peut rien faire d’autre que le couper et le sortir au plus vite, sinon il contamine ses voisins », explique Céline Marchetti, technicienne forestière chargée du secteur.
Photo VM /Lucas Gérardin
Pour la commune, qui tirait jusqu’à 40 % de ses recettes de la vente de bois, le coup est rude : le bois scolyté se vend trois fois moins cher que le bois sain. « On coupe plus que jamais, a calculé le maire, et on gagne moins que jamais. Cette année, le budget forêt sera dans le rouge pour la première fois. »
La Coopérative forestière des Hautes-Vosges, qui achète une partie des grumes, promet dans un courrier adressé aux communes de « continuer à enlever le bois scolyté en priorité ». Elle prévient toutefois que les prix « ne remonteront pas avant plusieurs années », les scieries de la région étant saturées.
Lire aussi : Scolytes : la filière bois vosgienne réclame un plan d’urgence
Sur le sentier des Roches, les promeneurs ne reconnaissent plus les lieux. « C’est comme si on avait perdu un morceau de la famille. Mon grand-père a planté une partie de ces arbres après la guerre », confie une habitante du hameau du Haut-Rupt, venue voir les abatteuses au travail.
La commune veut replanter, mais plus d’épicéas seuls. « On va mélanger sapins, hêtres, chênes sessiles, un peu de douglas. On ne sait pas ce qui tiendra dans cinquante ans, alors on diversifie », détaille Céline Marchetti. Le programme, baptisé « Forêt d’avenir », coûtera 380 000 euros sur dix ans ; l’État en financerait la moitié.
Reste la question du feu. Interrogée sur le risque d’incendie l’été prochain, Mme Marchetti assure que les rémanents seront broyés sur place et que « rien ne restera au sol ». Le maire, lui, a déjà demandé l’installation d’une citerne supplémentaire au col.
Le conseil municipal votera le plan de replantation le 2 octobre. Jean-Paul Thiébaut en est convaincu : « Mes petits-enfants verront une autre forêt que la mienne. Mais ils verront une forêt. »
Voir les commentaires
Vous souhaitez réagir ? Connectez-vous""",
    [
        (
            "Il y a cinq ans, on n’avait jamais vu un épicéa rouge sur la commune. Aujourd’hui, j’en compte des milliers",
            "Jean-Paul Thiébaut",
            "Jean-Paul Thiébaut",
            "lâche",
        ),
        (
            "Un arbre attaqué en juin est mort en août. On ne peut rien faire d’autre que le couper et le sortir au plus vite, sinon il contamine ses voisins",
            "Céline Marchetti",
            "Céline Marchetti",
            "explique",
        ),
        ("On coupe plus que jamais", "Jean-Paul Thiébaut", "le maire", "a calculé"),
        (
            "et on gagne moins que jamais. Cette année, le budget forêt sera dans le rouge pour la première fois.",
            "Jean-Paul Thiébaut",
            "le maire",
            "a calculé",
        ),
        (
            "continuer à enlever le bois scolyté en priorité",
            "Coopérative forestière des Hautes-Vosges",
            "La Coopérative forestière des Hautes-Vosges",
            "promet",
        ),
        (
            "ne remonteront pas avant plusieurs années",
            "Coopérative forestière des Hautes-Vosges",
            ("Elle prévient", "Elle"),
            "prévient",
        ),
        (
            "C’est comme si on avait perdu un morceau de la famille. Mon grand-père a planté une partie de ces arbres après la guerre",
            "habitante",
            "une habitante du hameau du Haut-Rupt",
            "confie",
        ),
        (
            "On va mélanger sapins, hêtres, chênes sessiles, un peu de douglas. On ne sait pas ce qui tiendra dans cinquante ans, alors on diversifie",
            "Céline Marchetti",
            "Céline Marchetti",
            "détaille",
        ),
        ("rien ne restera au sol", "Céline Marchetti", "Mme Marchetti", "assure"),
        (
            "Mes petits-enfants verront une autre forêt que la mienne. Mais ils verront une forêt.",
            "Jean-Paul Thiébaut",
            "Jean-Paul Thiébaut",
            None,
        ),
    ],
    ["Forêt d’avenir"],
)

article(
    "blind34-fr05",
    "fr",
    f"""Chemins de Compostelle : l’accueil paroissial de Saint-Joudry ferme ses portes après 31 ans

Faute de bénévoles, la maison qui hébergeait les marcheurs sur la voie du Puy n’ouvrira plus à partir de novembre. Sa dernière hospitalière raconte.

Par Bénédicte Arnoult
Publié le 07/10/2025 à 10h00
Société · Foi

La porte bleue du presbytère restera close. Après trente et un ans d’accueil «{NB}en donativo{NB}» – chacun donne ce qu’il peut –, l’accueil paroissial de Saint-Joudry, dans l’Aveyron, cessera d’héberger les pèlerins à la Toussaint. L’association qui le faisait vivre, les Amis de l’accueil Saint-Jacques, a voté sa dissolution lors de son assemblée générale de septembre. «{NB}Nous n’avons plus assez de bras, et les bras qui restent ont plus de 75 ans{NB}», résume son président, Michel Cabrolier.
Geneviève Roumiguières, 79 ans, a tenu la maison pendant dix-neuf saisons et servi, estime-t-elle, «{NB}plus de 20 000 soupes{NB}». Assise dans la cuisine, elle raconte.
«{NB}Je suis arrivée ici en 2006, après la mort de mon mari. Je ne savais pas quoi faire de mes journées. Le curé de l’époque m’a dit : “Venez donc ouvrir la porte le soir, vous verrez bien.” Je ne l’ai plus jamais refermée.
«{NB}On a vu passer de tout : des Coréens, des Québécois, un ancien détenu qui marchait depuis la Pologne, des jeunes qui ne croyaient en rien et qui repartaient en chantant. Certains soirs, on était vingt-deux autour de la table pour quatorze lits.
«{NB}Ce qui va me manquer ? Le bruit des bâtons sur les pavés, vers 17 heures. C’est comme une cloche.{NB}»
Photo : Geneviève Roumiguières dans la cuisine de l’accueil. © Le Pèlerin / Paul Ségala
Le cas de Saint-Joudry n’est pas isolé. La Fédération des accueils chrétiens du chemin de Saint-Jacques (FACCSJ), qui regroupe une soixantaine de lieux d’accueil sur la voie du Puy, parle d’une «{NB}tendance lourde{NB}». Dans une lettre adressée en juin à ses membres, son délégué général, le père Antoine Lacombe, écrivait déjà : «{NB}Nos maisons ne meurent pas faute de pèlerins, mais faute d’hôtes. Le chemin n’a jamais été aussi fréquenté ; nos équipes n’ont jamais été aussi âgées.{NB}»
À lire aussi : Sur la via Podiensis, les gîtes privés font le plein
À la mairie, on cherche une solution. «{NB}Le village ne peut pas tourner le dos au chemin. C’est une partie de notre identité, et de notre économie{NB}», assure le maire, Francis Vidalenc, qui envisage de confier le bâtiment à un gestionnaire privé.
Une perspective qui inquiète les marcheurs. Rencontrée sur la place de l’église, Ingrid, une pèlerine néerlandaise partie de Genève il y a cinq semaines, témoigne : «{NB}Dans un gîte privé, on paie et on dort. Ici, on partage. Ce n’est pas la même chose.{NB}»
Geneviève Roumiguières a rassemblé les plus beaux messages du livre d’or dans un petit recueil, «{NB}Mille et une nuits de pèlerins{NB}», vendu au profit de la paroisse. Elle ne désespère pas. «{NB}Il faudra bien que quelqu’un rouvre, dit-elle en souriant. Le chemin, lui, ne fermera pas.{NB}»
Abonnez-vous au Pèlerin : le premier mois offert
Partager l’article""",
    [
        (
            "Nous n’avons plus assez de bras, et les bras qui restent ont plus de 75 ans",
            "Michel Cabrolier",
            "Michel Cabrolier",
            "résume",
        ),
        (
            "plus de 20 000 soupes",
            "Geneviève Roumiguières",
            ("estime-t-elle", "elle"),
            "estime",
        ),
        (
            "Je suis arrivée ici en 2006, après la mort de mon mari. Je ne savais pas quoi faire de mes journées. Le curé de l’époque m’a dit : “Venez donc ouvrir la porte le soir, vous verrez bien.” Je ne l’ai plus jamais refermée.",
            "Geneviève Roumiguières",
            ("elle raconte", "elle"),
            "raconte",
        ),
        (
            "On a vu passer de tout : des Coréens, des Québécois, un ancien détenu qui marchait depuis la Pologne, des jeunes qui ne croyaient en rien et qui repartaient en chantant. Certains soirs, on était vingt-deux autour de la table pour quatorze lits.",
            "Geneviève Roumiguières",
            ("elle raconte", "elle"),
            "raconte",
        ),
        (
            "Ce qui va me manquer ? Le bruit des bâtons sur les pavés, vers 17 heures. C’est comme une cloche.",
            "Geneviève Roumiguières",
            ("elle raconte", "elle"),
            "raconte",
        ),
        (
            "tendance lourde",
            "Fédération des accueils chrétiens du chemin de Saint-Jacques",
            "La Fédération des accueils chrétiens du chemin de Saint-Jacques",
            "parle",
        ),
        (
            "Nos maisons ne meurent pas faute de pèlerins, mais faute d’hôtes. Le chemin n’a jamais été aussi fréquenté ; nos équipes n’ont jamais été aussi âgées.",
            "Antoine Lacombe",
            "Antoine Lacombe",
            "écrivait",
        ),
        (
            "Le village ne peut pas tourner le dos au chemin. C’est une partie de notre identité, et de notre économie",
            "Francis Vidalenc",
            "Francis Vidalenc",
            "assure",
        ),
        (
            "Dans un gîte privé, on paie et on dort. Ici, on partage. Ce n’est pas la même chose.",
            "Ingrid",
            "Ingrid",
            "témoigne",
        ),
        (
            "Il faudra bien que quelqu’un rouvre",
            "Geneviève Roumiguières",
            ("dit-elle", "elle"),
            "dit",
        ),
        (
            "Le chemin, lui, ne fermera pas.",
            "Geneviève Roumiguières",
            ("dit-elle", "elle"),
            "dit",
        ),
    ],
    ["en donativo", "Mille et une nuits de pèlerins"],
)

article(
    "blind34-fr06",
    "fr",
    f"""Bagages Verlhac : la famille fondatrice cède le contrôle au fonds Almérac Partners

Le fabricant corrézien de valises haut de gamme, fondé en 1928, change de mains. Une succession qui a divisé la quatrième génération.

Par Thomas Delorme le 15.10.2025 à 17h45
ENTREPRISES

C’est la fin d’une époque à Tulle. Bagages Verlhac, connu pour ses malles en toile enduite et ses valises en aluminium riveté, passe sous le contrôle du fonds d’investissement lyonnais Almérac Partners, qui prend 62 % du capital. Le montant de la transaction n’a pas été communiqué, mais plusieurs sources évoquent une valorisation proche de 140 millions d’euros.
«{NB}Nous ne vendons pas Verlhac, nous lui donnons les moyens d’exister encore cent ans{NB}», a assuré mercredi Hélène Verlhac-Dupuy, présidente du directoire, lors d’une réunion avec les 310 salariés du site historique. Arrière-petite-fille du fondateur, elle restera à la tête de l’entreprise pour au moins cinq ans.
L’entreprise, dont le slogan «{NB}Fait pour durer{NB}» orne encore les camions de livraison, a réalisé 58 millions d’euros de chiffre d’affaires en 2024, en hausse de 9 %. Mais elle manquait de fonds propres pour financer son expansion à l’international.
Tout le monde, dans la famille, ne partage pas cet enthousiasme. Son cousin Bertrand Verlhac, qui détenait 18 % des parts et a voté contre l’opération, parle d’un «{NB}renoncement{NB}». «{NB}On a préféré l’argent facile à la transmission. Mon arrière-grand-père n’a pas traversé deux guerres pour qu’on remette les clés à des financiers{NB}», tranche-t-il auprès de Challenges.
Lire aussi : Maroquinerie : pourquoi les fonds s’arrachent les marques patrimoniales
Chez Almérac Partners, on promet de ne rien brusquer. «{NB}Le savoir-faire reste à Tulle, la production reste à Tulle. Notre plan, c’est d’ouvrir l’Asie et les États-Unis, pas de délocaliser{NB}», affirme Karim Oualdi, l’associé qui a piloté le dossier. Le fonds prévoit d’investir 25 millions d’euros dans un nouvel atelier et une plateforme de vente en ligne.
En interne, la nouvelle a été accueillie avec prudence. Dans un courriel adressé lundi aux salariés, que Challenges a pu consulter, la direction des ressources humaines écrit que “les contrats de travail, les accords d’entreprise et la prime d’intéressement sont intégralement maintenus”. «{NB}On a entendu les mêmes promesses ailleurs, et on sait comment ça a fini{NB}», rappelle Patricia Leymarie, élue au comité social et économique, qui réclame des engagements écrits sur l’emploi.
Un banquier d’affaires parisien qui a suivi le processus de vente résume : «{NB}Verlhac avait tout pour plaire, une marque, une histoire, des marges. Le vrai sujet, c’était la famille. Il fallait un arbitre.{NB}»
Hélène Verlhac-Dupuy ne cache pas que les débats ont été rudes. «{NB}Mon cousin a le droit d’être triste, a-t-elle glissé à la sortie de la réunion. Moi aussi, je le suis un peu. Mais je préfère être triste que responsable d’une faillite.{NB}»
La finalisation de l’opération est attendue d’ici à la fin de l’année, sous réserve du feu vert des autorités de la concurrence.
Newsletter Challenges Matin : l’actualité économique chaque jour à 7 heures""",
    [
        (
            "Nous ne vendons pas Verlhac, nous lui donnons les moyens d’exister encore cent ans",
            "Hélène Verlhac-Dupuy",
            "Hélène Verlhac-Dupuy",
            "a assuré",
        ),
        ("renoncement", "Bertrand Verlhac", "Bertrand Verlhac", "parle"),
        (
            "On a préféré l’argent facile à la transmission. Mon arrière-grand-père n’a pas traversé deux guerres pour qu’on remette les clés à des financiers",
            "Bertrand Verlhac",
            ("tranche-t-il", "il"),
            "tranche",
        ),
        (
            "Le savoir-faire reste à Tulle, la production reste à Tulle. Notre plan, c’est d’ouvrir l’Asie et les États-Unis, pas de délocaliser",
            "Karim Oualdi",
            "Karim Oualdi",
            "affirme",
        ),
        (
            "les contrats de travail, les accords d’entreprise et la prime d’intéressement sont intégralement maintenus",
            "direction des ressources humaines",
            "la direction des ressources humaines",
            "écrit",
        ),
        (
            "On a entendu les mêmes promesses ailleurs, et on sait comment ça a fini",
            "Patricia Leymarie",
            "Patricia Leymarie",
            "rappelle",
        ),
        (
            "Verlhac avait tout pour plaire, une marque, une histoire, des marges. Le vrai sujet, c’était la famille. Il fallait un arbitre.",
            "banquier",
            "Un banquier d’affaires parisien",
            "résume",
        ),
        (
            "Mon cousin a le droit d’être triste",
            "Hélène Verlhac-Dupuy",
            ("a-t-elle glissé", "elle"),
            "a-t-elle glissé",
        ),
        (
            "Moi aussi, je le suis un peu. Mais je préfère être triste que responsable d’une faillite.",
            "Hélène Verlhac-Dupuy",
            ("a-t-elle glissé", "elle"),
            "a-t-elle glissé",
        ),
    ],
    ["Fait pour durer"],
)

article(
    "blind34-fr07",
    "fr",
    f"""Accident de chasse dans le Loiret : «{NB}Il n’y aura pas de dimanche sans chasse{NB}», prévient le président de la FNCR

Invité d’Europe 1 ce jeudi, Lucien Barthès, président de la Fédération nationale de la chasse rurale (FNCR), a rejeté l’idée d’interdire la chasse le dimanche, trois jours après la mort d’un cycliste.

Par la rédaction d’Europe 1 avec Margaux Perrin
Publié le 23 octobre 2025 à 09h14

Écouter l’émission
Trois jours après la mort d’un cycliste de 61 ans, touché par une balle lors d’une battue au sanglier près de Châteauneuf-sur-Loire, le débat sur la sécurité à la chasse est relancé. Au micro de Dimitri Pellerin, ce jeudi matin, le président de la Fédération nationale de la chasse rurale a reconnu «{NB}un drame épouvantable{NB}», mais a fermé la porte à toute journée sans chasse.
Dimitri Pellerin : Un homme est mort dimanche sur une route départementale. Qu’est-ce que vous dites à sa famille ce matin ?
Lucien Barthès : D’abord que nous sommes effondrés. J’ai appelé son épouse lundi. Elle répétait : « Mon mari ne faisait que passer. » Je n’avais rien à lui répondre. Rien.
Dimitri Pellerin : Les associations de randonneurs demandent un dimanche sans chasse. Pourquoi refusez-vous ?
Lucien Barthès : Parce que ce n’est pas la bonne réponse. Le dimanche, c’est le seul jour où les chasseurs qui travaillent peuvent sortir. Ce qui tue, ce n’est pas le jour de la semaine, c’est le non-respect des règles de tir.
Dimitri Pellerin : Le tireur avait pourtant son permis depuis trente ans…
Lucien Barthès : Et il devra en répondre devant la justice. Le préfet du Loiret, Arnaud Séverac, a déclaré mardi que « la sécurité n’est pas négociable ». Je suis entièrement d’accord avec lui. Un tir sans angle de sécurité, ça doit être un retrait de permis.
Vidéo : l’entretien intégral de Lucien Barthès (08:43)
Des propos qui ont fait bondir les randonneurs. «{NB}M. Barthès parle de règles, mais les règles existent déjà et elles n’ont pas sauvé ce cycliste{NB}», a réagi sur X la présidente de l’association Chemins partagés, Corinne Delahaye. Son association a lancé la pétition «{NB}Un dimanche pour tous{NB}», qui dépasse les 80 000 signatures.
Le ministère de l’Écologie a fait savoir qu’une «{NB}mission d’évaluation{NB}» serait lancée d’ici à la fin de l’année. «{NB}Aucune piste n’est écartée, y compris celle d’une journée sans chasse{NB}», précise-t-on dans l’entourage du ministre.
En fin d’entretien, Lucien Barthès a toutefois promis de soutenir un renforcement des formations : «{NB}Une remise à niveau obligatoire tous les dix ans, j’y suis favorable. Nos chasseurs ne doivent pas en avoir peur.{NB}»
Le tireur, un homme de 58 ans, a été mis en examen pour homicide involontaire et placé sous contrôle judiciaire.
À lire aussi : Loiret : un cycliste tué par une balle perdue lors d’une battue
Partager
Tous les replays d’Europe 1 Matin""",
    [
        (
            "Il n’y aura pas de dimanche sans chasse",
            "Lucien Barthès",
            "le président de la FNCR",
            "prévient",
        ),
        (
            "un drame épouvantable",
            "Lucien Barthès",
            "le président de la Fédération nationale de la chasse rurale",
            "a reconnu",
        ),
        ("Mon mari ne faisait que passer.", "épouse", ("Elle répétait", "Elle"), "répétait"),
        ("la sécurité n’est pas négociable", "Arnaud Séverac", "Arnaud Séverac", "a déclaré"),
        (
            "M. Barthès parle de règles, mais les règles existent déjà et elles n’ont pas sauvé ce cycliste",
            "Corinne Delahaye",
            "Corinne Delahaye",
            "a réagi",
        ),
        (
            "mission d’évaluation",
            "ministère de l’Écologie",
            "Le ministère de l’Écologie",
            "a fait savoir",
        ),
        (
            "Aucune piste n’est écartée, y compris celle d’une journée sans chasse",
            "entourage du ministre",
            "l’entourage du ministre",
            "précise",
        ),
        (
            "Une remise à niveau obligatoire tous les dix ans, j’y suis favorable. Nos chasseurs ne doivent pas en avoir peur.",
            "Lucien Barthès",
            "Lucien Barthès",
            "a toutefois promis",
        ),
    ],
    ["Un dimanche pour tous"],
)

article(
    "blind34-fr08",
    "fr",
    f"""Semi-marathon de Roubaix : la course arrêtée à cause de la chaleur, «une décision de bon sens» pour les organisateurs

Publié le 08/06/2025 à 19h02 | Mis à jour le 08/06/2025 à 21h40

Le départ avait été donné à 9 h 30 sous un soleil déjà écrasant. Une heure et quart plus tard, le semi-marathon de Roubaix était neutralisé, une première en vingt-trois éditions. Quarante-deux coureurs ont été pris en charge par les secours, dont six transportés à l’hôpital.
«{NNB}À 10 h 40, le thermomètre affichait 31 degrés sur le boulevard. On avait des gens qui tombaient tous les 200 mètres. Il n’y avait pas à hésiter{NNB}», raconte Stéphane Delattre, le directeur de course.
L’association organisatrice, Roubaix Athlétisme Organisation, parle d’«{NNB}une décision de bon sens{NNB}», prise en lien avec la préfecture. Elle avait activé dès samedi son protocole «{NNB}Chaleur extrême{NNB}», avec des points d’eau supplémentaires tous les deux kilomètres.
Photo Nord Éclair / Sylvain Dhainaut
Tous les participants ne l’ont pas vu du même œil. Arrêté au 15e kilomètre, Kévin Vandewalle, licencié dans un club de Tourcoing, ne décolère pas. «Je m’étais préparé six mois pour battre mon record. On nous arrête à six kilomètres de l’arrivée sans explication, et on nous met dans un bus», peste le trentenaire.
D’autres saluent la décision. Amandine Lefebvre, 44 ans, s’est effondrée au 9e kilomètre. «{NNB}Je ne me souviens de rien. Un bénévole m’a raconté qu’il m’avait trouvée assise contre une barrière, en train de répéter “ça va, ça va”. Je dois peut-être ma vie aux secouristes{NNB}», témoigne-t-elle depuis sa chambre d’hôpital.
Lire aussi : Roubaix : les résultats complets du semi-marathon
Le médecin-chef de l’épreuve, le docteur Hakim Belkacem, défend la procédure. «{NNB}Le coup de chaleur d’effort, c’est une urgence vitale, a-t-il rappelé. Passé 40 degrés de température corporelle, chaque minute compte.{NNB}»
«{NNB}Franchement, avec le recul, on aurait peut-être dû avancer le départ d’une heure.{NNB}»
La préfecture du Nord a indiqué dans un communiqué avoir été «{NNB}informée en temps réel{NNB}» et rappelle que «{NNB}l’arrêt d’une épreuve relève de la seule responsabilité de l’organisateur{NNB}».
L’adjoint aux sports, Julien Carpentier, a promis un «retour d’expérience» avant l’édition 2026, qui pourrait être avancée au mois d’avril. «Le semi, c’est 6 000 coureurs et des milliers de spectateurs. On ne va pas jeter ça à cause d’une matinée», a-t-il assuré.
Réagir
Partager sur Facebook Partager sur X""",
    [
        ("une décision de bon sens", "organisateurs", "les organisateurs", "pour"),
        (
            "À 10 h 40, le thermomètre affichait 31 degrés sur le boulevard. On avait des gens qui tombaient tous les 200 mètres. Il n’y avait pas à hésiter",
            "Stéphane Delattre",
            "Stéphane Delattre",
            "raconte",
        ),
        (
            "une décision de bon sens",
            "Roubaix Athlétisme Organisation",
            "Roubaix Athlétisme Organisation",
            "parle",
        ),
        (
            "Je m’étais préparé six mois pour battre mon record. On nous arrête à six kilomètres de l’arrivée sans explication, et on nous met dans un bus",
            "Kévin Vandewalle",
            "le trentenaire",
            "peste",
        ),
        (
            "Je ne me souviens de rien. Un bénévole m’a raconté qu’il m’avait trouvée assise contre une barrière, en train de répéter “ça va, ça va”. Je dois peut-être ma vie aux secouristes",
            "Amandine Lefebvre",
            ("témoigne-t-elle", "elle"),
            "témoigne",
        ),
        (
            "Le coup de chaleur d’effort, c’est une urgence vitale",
            "Hakim Belkacem",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Passé 40 degrés de température corporelle, chaque minute compte.",
            "Hakim Belkacem",
            ("a-t-il rappelé", "il"),
            "a-t-il rappelé",
        ),
        (
            "Franchement, avec le recul, on aurait peut-être dû avancer le départ d’une heure.",
            "Hakim Belkacem",
            None,
            None,
        ),
        ("informée en temps réel", "préfecture du Nord", "La préfecture du Nord", "a indiqué"),
        (
            "l’arrêt d’une épreuve relève de la seule responsabilité de l’organisateur",
            "préfecture du Nord",
            "La préfecture du Nord",
            "rappelle",
        ),
        ("retour d’expérience", "Julien Carpentier", "Julien Carpentier", "a promis"),
        (
            "Le semi, c’est 6 000 coureurs et des milliers de spectateurs. On ne va pas jeter ça à cause d’une matinée",
            "Julien Carpentier",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
    ],
    ["Chaleur extrême"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind34_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
