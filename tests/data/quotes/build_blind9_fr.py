# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind9_fr.jsonl: a ninth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented (the CNIL is only named as a regulator).
Beats: a theatre taking a new director after a crisis (culture pages, with the minister), fishing
quotas negotiated in Brussels (fishermen, the comité des pêches, an anonymous diplomat), a
wildfire in the hinterland (pompiers, the préfet, evacuated residents, a multi-paragraph quote),
a contested presidential election in an African country (electoral commission, candidates,
observers, a slogan), a tech start-up fined by the data regulator, a Q&A interview with a late
novelist (quotes reported inside the answers), a factory closure in the North and a cour
d'assises trial (avocat général, defence, the accused, the victim's son). Padding varies: NBSP,
NNBSP, plain spaces, none; “ ” appear once or twice, with nested quotes inside « ».

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind9_fr.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind9-fr01",
    "fr",
    f"""Théâtre : à Verlanges, Iris Kermadec prend la tête d’une scène nationale en crise

Par Mathilde Sorel — 14 octobre 2026 à 17h12

Iris Kermadec lors d’une répétition, le 9 octobre. Photo Paul Estrade pour Libération

Elle arrive dans une maison fissurée. Nommée lundi à la direction du Théâtre du Grand-Ourcq, scène nationale de Verlanges, Iris Kermadec succède à Lucien Ferrand-Baste, parti en juin après dix-huit mois de tensions avec l’équipe. «{NNB}Je ne viens pas réparer un théâtre, je viens le rouvrir{NNB}», a-t-elle lancé mardi devant les salariés réunis dans le grand foyer.

La metteuse en scène de 46 ans, révélée par «{NB}Les Nuits de Carthage-sur-Loire{NB}» en 2014, ne cache pas l’ampleur de la tâche. Le déficit cumulé atteint 1,3 million d’euros, et la saison 2026-2027 n’était bouclée qu’à moitié. «{NB}On m’a donné les clés d’un bâtiment où personne ne se parlait plus. Ma première décision, c’est de rétablir les réunions d’équipe chaque lundi. Ça paraît dérisoire. Ça ne l’est pas.{NB}»

Partager l’article  Facebook  X  Copier le lien

Les comédiens de la troupe permanente, qui avaient signé en mars une lettre ouverte dénonçant un « climat de peur », accueillent la nouvelle avec prudence. «{NB}On a déjà entendu de belles promesses{NB}», glisse Anouk Derrien, qui joue au Grand-Ourcq depuis 2011. «{NB}Mais elle a passé trois heures avec nous avant même de signer. Son prédécesseur n’était jamais venu à une répétition.{NB}»

Son collègue Bastien Orloff, plus réservé, estime que «{NB}le problème n’a jamais été une seule personne{NB}». «{NB}Les tutelles ont laissé pourrir la situation pendant un an et demi, affirme-t-il. Qu’on ne vienne pas nous dire aujourd’hui que tout est réglé parce qu’il y a un nouveau nom sur la porte.{NB}»

Lire aussi : Scènes nationales : l’État promet un audit des lieux en difficulté

Les tutelles, justement, ont choisi de se montrer. La ministre de la Culture, Claire Vautrin-Lebel, s’est rendue à Verlanges mercredi. «{NB}Ce théâtre a une histoire, un public, une équipe formidable. L’État sera au rendez-vous{NB}», a déclaré la ministre, qui a annoncé une aide exceptionnelle de 400 000 euros étalée sur deux exercices. Interrogée sur le départ de Lucien Ferrand-Baste, elle a parlé d’une «{NB}page qui se tourne{NB}», sans plus de commentaire.

Joint par Libération, l’ancien directeur n’a pas souhaité s’exprimer. Son avocat, Me Gérald Fontvieille, a fait savoir que son client «{NB}contestait l’ensemble des accusations formulées dans la lettre{NB}» et se réservait le droit d’agir en justice.

Du côté de la ville, principal financeur avec l’État, le ton est plus mesuré. «{NB}Nous attendons un projet, pas un discours{NB}», a prévenu l’adjoint à la culture, Marc-Antoine Guérel, pour qui la prochaine saison devra «{NB}reconquérir les scolaires{NB}», dont la fréquentation a chuté de moitié depuis 2023.

Iris Kermadec, elle, a déjà choisi le spectacle d’ouverture : une reprise de «{NB}La Maison sans volets{NB}», créée au Grand-Ourcq en 1987. Un clin d’œil assumé. «{NB}Ce lieu a su inventer avant moi, dit-elle. Je veux simplement qu’il recommence.{NB}»

Recevez chaque jeudi la newsletter Culture de Libération. S’inscrire""",
    [
        (
            "Je ne viens pas réparer un théâtre, je viens le rouvrir",
            "Iris Kermadec",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "On m’a donné les clés d’un bâtiment où personne ne se parlait plus. Ma première décision, c’est de rétablir les réunions d’équipe chaque lundi. Ça paraît dérisoire. Ça ne l’est pas.",
            "Iris Kermadec",
            None,
            None,
        ),
        ("climat de peur", "comédiens", "Les comédiens", "dénonçant"),
        ("On a déjà entendu de belles promesses", "Anouk Derrien", "Anouk Derrien", "glisse"),
        (
            "Mais elle a passé trois heures avec nous avant même de signer. Son prédécesseur n’était jamais venu à une répétition.",
            "Anouk Derrien",
            None,
            None,
        ),
        (
            "le problème n’a jamais été une seule personne",
            "Bastien Orloff",
            "Bastien Orloff",
            "estime",
        ),
        (
            "Les tutelles ont laissé pourrir la situation pendant un an et demi",
            "Bastien Orloff",
            ("affirme-t-il", "il"),
            "affirme-t-il",
        ),
        (
            "Qu’on ne vienne pas nous dire aujourd’hui que tout est réglé parce qu’il y a un nouveau nom sur la porte.",
            "Bastien Orloff",
            ("affirme-t-il", "il"),
            "affirme-t-il",
        ),
        (
            "Ce théâtre a une histoire, un public, une équipe formidable. L’État sera au rendez-vous",
            "Claire Vautrin-Lebel",
            "la ministre",
            "a déclaré",
        ),
        ("page qui se tourne", "Claire Vautrin-Lebel", ("elle a parlé", "elle"), "a parlé"),
        (
            "contestait l’ensemble des accusations formulées dans la lettre",
            "Gérald Fontvieille",
            "Me Gérald Fontvieille",
            "a fait savoir",
        ),
        (
            "Nous attendons un projet, pas un discours",
            "Marc-Antoine Guérel",
            "Marc-Antoine Guérel",
            "a prévenu",
        ),
        ("reconquérir les scolaires", "Marc-Antoine Guérel", "Marc-Antoine Guérel", None),
        (
            "Ce lieu a su inventer avant moi",
            "Iris Kermadec",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
        (
            "Je veux simplement qu’il recommence.",
            "Iris Kermadec",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
    ],
    ["Les Nuits de Carthage-sur-Loire", "La Maison sans volets"],
)


article(
    "blind9-fr02",
    "fr",
    """Quotas de sole : à Porz-Kerlann, les pêcheurs suspendus aux arbitrages de Bruxelles

Le Télégramme | Publié le 17 décembre 2026 à 06h30 | Modifié le 17 décembre 2026 à 08h12
Par Yannick Le Goff

À la criée de Porz-Kerlann, mardi matin, on ne parlait que de ça. Les ministres européens de la Pêche se retrouvent ce mercredi à Bruxelles pour fixer les totaux admissibles de captures (TAC) de 2027, et la Commission propose une baisse de 28 % pour la sole du golfe. “C'est la mort des petits bateaux, ni plus ni moins”, lâche Erwan Caradec, patron du Ker-Anna, un fileyeur de 12 mètres.

Le quinquagénaire a fait ses comptes. « Avec le quota proposé, je pêche mon allocation de sole en quatre mois. Après, je fais quoi ? Je reste à quai et je paie le crédit du bateau avec quoi ? » Autour de lui, plusieurs collègues hochent la tête.

Le port de Porz-Kerlann, mardi. (Photo Le Télégramme/Anne Morvan)

Le comité départemental des pêches maritimes, qui représente quelque 600 marins, a dénoncé dans un communiqué une proposition « déconnectée de l'état réel de la ressource ». Son président, Loïc Tanguy, affirme que les derniers relevés scientifiques montrent « une stabilisation, voire une légère remontée » du stock. « On nous demande des efforts depuis dix ans. On les a faits. Et quand les chiffres s'améliorent, on coupe encore », a-t-il martelé.

À Bruxelles, la Commission européenne défend sa copie. « Les avis scientifiques sont clairs : le stock de sole reste sous le seuil de précaution », a indiqué mardi un porte-parole de la direction générale des affaires maritimes, précisant que la proposition « pourrait évoluer » au cours de la négociation. Un diplomate d'un pays côtier, sous couvert d'anonymat, juge pourtant « très improbable » que la baisse soit ramenée sous les 15 %. « Les Néerlandais et les Danois ne lâcheront rien sur le merlu si la France obtient quelque chose sur la sole. C'est un marchandage, comme chaque année. »

Lire aussi : Pêche : le plan de sortie de flotte rouvert pour 2027

Le ministre délégué à la Mer, Hervé Sauzon, arrivé mardi soir à Bruxelles, a promis de « se battre ligne par ligne ». « Je ne signerai pas un accord qui condamne la pêche artisanale de la façade atlantique », a assuré le ministre au Télégramme, sans toutefois s'engager sur un chiffre.

Pour Gaëlle Quéré, biologiste halieute à la station marine de Kerdalec, les deux camps ont en partie raison. “Le stock remonte, c'est vrai, mais à partir d'un niveau très bas. Une bonne année ne fait pas une tendance.” Elle plaide pour un quota pluriannuel, « qui donnerait de la visibilité aux armateurs sans brader la ressource ».

Sur le quai, Erwan Caradec n'y croit plus trop. « Chaque décembre, c'est le même film. On attend Bruxelles comme on attend la météo. »

Cet article vous a intéressé ? Inscrivez-vous à la newsletter « Mer et littoral » du Télégramme.""",
    [
        (
            "C'est la mort des petits bateaux, ni plus ni moins",
            "Erwan Caradec",
            "Erwan Caradec",
            "lâche",
        ),
        (
            "Avec le quota proposé, je pêche mon allocation de sole en quatre mois. Après, je fais quoi ? Je reste à quai et je paie le crédit du bateau avec quoi ?",
            "Erwan Caradec",
            "Le quinquagénaire",
            None,
        ),
        (
            "déconnectée de l'état réel de la ressource",
            "comité départemental des pêches maritimes",
            "Le comité départemental des pêches maritimes",
            "a dénoncé",
        ),
        ("une stabilisation, voire une légère remontée", "Loïc Tanguy", "Loïc Tanguy", "affirme"),
        (
            "On nous demande des efforts depuis dix ans. On les a faits. Et quand les chiffres s'améliorent, on coupe encore",
            "Loïc Tanguy",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "Les avis scientifiques sont clairs : le stock de sole reste sous le seuil de précaution",
            "porte-parole",
            "un porte-parole",
            "a indiqué",
        ),
        ("pourrait évoluer", "porte-parole", "un porte-parole", "précisant"),
        ("très improbable", "diplomate", "Un diplomate", "juge"),
        (
            "Les Néerlandais et les Danois ne lâcheront rien sur le merlu si la France obtient quelque chose sur la sole. C'est un marchandage, comme chaque année.",
            "diplomate",
            None,
            None,
        ),
        ("se battre ligne par ligne", "Hervé Sauzon", "Hervé Sauzon", "a promis"),
        (
            "Je ne signerai pas un accord qui condamne la pêche artisanale de la façade atlantique",
            "Hervé Sauzon",
            "le ministre",
            "a assuré",
        ),
        (
            "Le stock remonte, c'est vrai, mais à partir d'un niveau très bas. Une bonne année ne fait pas une tendance.",
            "Gaëlle Quéré",
            "Gaëlle Quéré",
            None,
        ),
        (
            "qui donnerait de la visibilité aux armateurs sans brader la ressource",
            "Gaëlle Quéré",
            ("Elle plaide", "Elle"),
            "plaide",
        ),
        (
            "Chaque décembre, c'est le même film. On attend Bruxelles comme on attend la météo.",
            "Erwan Caradec",
            "Erwan Caradec",
            None,
        ),
    ],
    ["Mer et littoral"],
)


article(
    "blind9-fr03",
    "fr",
    f"""Incendie dans l'arrière-pays : 1 200 hectares brûlés, 400 habitants évacués à Saint-Aurèle-du-Var

Nice-Matin
Par Laetitia Giordan et Rémi Pastorelli
Mis à jour le 03/08/2026 à 22:41

L'incendie qui s'est déclaré lundi en fin de matinée sur les hauteurs de Saint-Aurèle-du-Var n'était toujours pas fixé mardi soir. Plus de 650 sapeurs-pompiers, appuyés par huit Canadair et deux hélicoptères bombardiers d'eau, luttaient contre un feu attisé par un mistral soufflant jusqu'à 80 km/h.
«{NNB}Le feu a progressé de plus de deux kilomètres en une heure, sur un terrain extrêmement escarpé{NNB}», a expliqué le colonel Thierry Mazella, qui dirige les opérations, lors d'un point presse en début de soirée. «{NNB}Nos hommes sont engagés depuis trente heures. On a protégé toutes les habitations, mais rien n'est gagné.{NNB}»
Le préfet, Olivier Dambreville, a annoncé l'évacuation préventive de trois hameaux, soit environ 400 personnes, accueillies au gymnase municipal et dans une salle des fêtes de la commune voisine. «{NB}Je demande à chacun de respecter strictement les consignes. Ne prenez pas la route pour aller voir le feu{NB}», a-t-il insisté, rappelant qu'un automobiliste avait dû être secouru lundi après s'être engagé sur une piste fermée.
Au gymnase, les lits de camp sont alignés sous les paniers de basket. Josiane Ferrero, 78 ans, a quitté sa maison du hameau des Claux avec un sac et son chat. «Les gendarmes sont passés à 15 heures, ils nous ont dit : “Vous avez dix minutes.” J'ai pris mes médicaments, les photos de mon mari, et c'est tout», raconte la septuagénaire, la voix nouée.
À côté d'elle, Karim Belhadj, qui tient un gîte dans le hameau voisin, ne décolère pas. «{NB}Ça fait trois ans qu'on réclame le débroussaillement de la piste communale. Trois ans ! Personne n'a bougé{NB}», accuse le quadragénaire.
Partager : Facebook · WhatsApp · E-mail
Le maire de Saint-Aurèle-du-Var, Denis Roubaud, conteste cette version. Selon lui, les travaux étaient «{NB}programmés pour septembre{NB}», faute de financement plus tôt. «{NB}On n'est pas là pour chercher des coupables ce soir. On est là pour que tout le monde rentre chez soi{NB}», a-t-il réagi.
L'origine du sinistre reste inconnue. Une enquête a été ouverte par le parquet de Valcombe. D'après une source proche de l'enquête, «{NB}la piste d'un engin agricole est privilégiée{NB}», sans que la thèse criminelle soit écartée à ce stade.
Lire aussi. Feux de forêt : le département placé en risque très sévère jusqu'à jeudi
Le répit pourrait venir de la météo. Le vent doit faiblir dans la nuit de mercredi à jeudi, a indiqué la préfecture dans un communiqué, précisant que «{NB}les conditions resteront néanmoins très défavorables{NB}» jusqu'au week-end. L'opération «{NB}Massif sûr{NB}», qui interdit l'accès aux forêts du département, est prolongée.
Dans la nuit, un pompier volontaire de la caserne de Saint-Aurèle, qui a demandé à ne pas être nommé, a décrit à Nice-Matin les premières heures :
«{NB}Quand on est arrivés, le feu était déjà dans les pins. On a vu des flammes de vingt mètres passer la route d'un seul bond.
«{NB}On a reculé deux fois. Je fais ça depuis douze ans et je n'avais jamais vu un feu partir aussi vite. Ce qui nous a sauvés, c'est la piste de la crête, celle-là on l'avait débroussaillée.{NB}»
Les premières familles pourraient regagner leur domicile jeudi, si le feu est fixé d'ici là.""",
    [
        (
            "Le feu a progressé de plus de deux kilomètres en une heure, sur un terrain extrêmement escarpé",
            "Thierry Mazella",
            "Thierry Mazella",
            "a expliqué",
        ),
        (
            "Nos hommes sont engagés depuis trente heures. On a protégé toutes les habitations, mais rien n'est gagné.",
            "Thierry Mazella",
            None,
            None,
        ),
        (
            "Je demande à chacun de respecter strictement les consignes. Ne prenez pas la route pour aller voir le feu",
            "Olivier Dambreville",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        (
            "Les gendarmes sont passés à 15 heures, ils nous ont dit : “Vous avez dix minutes.” J'ai pris mes médicaments, les photos de mon mari, et c'est tout",
            "Josiane Ferrero",
            "la septuagénaire",
            "raconte",
        ),
        (
            "Ça fait trois ans qu'on réclame le débroussaillement de la piste communale. Trois ans ! Personne n'a bougé",
            "Karim Belhadj",
            "le quadragénaire",
            "accuse",
        ),
        ("programmés pour septembre", "Denis Roubaud", ("Selon lui", "lui"), "Selon"),
        (
            "On n'est pas là pour chercher des coupables ce soir. On est là pour que tout le monde rentre chez soi",
            "Denis Roubaud",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
        (
            "la piste d'un engin agricole est privilégiée",
            "source",
            "une source",
            "D'après",
        ),
        (
            "les conditions resteront néanmoins très défavorables",
            "préfecture",
            "la préfecture",
            "a indiqué",
        ),
        (
            "Quand on est arrivés, le feu était déjà dans les pins. On a vu des flammes de vingt mètres passer la route d'un seul bond.",
            "pompier",
            "un pompier volontaire",
            "a décrit",
        ),
        (
            "On a reculé deux fois. Je fais ça depuis douze ans et je n'avais jamais vu un feu partir aussi vite. Ce qui nous a sauvés, c'est la piste de la crête, celle-là on l'avait débroussaillée.",
            "pompier",
            "un pompier volontaire",
            "a décrit",
        ),
    ],
    ["Massif sûr"],
)


article(
    "blind9-fr04",
    "fr",
    f"""Présidentielle au Moyanga : l'opposition conteste déjà les premiers résultats

RFI — Publié le : 28/09/2026 - 11:05
Avec notre correspondant à Sérakou, Didier Mbemba

Au lendemain d'un scrutin présidentiel marqué par une forte affluence, la tension monte à Sérakou. La Commission électorale nationale indépendante (Céni) a publié dans la nuit des résultats partiels portant sur 41 des 112 circonscriptions, qui placent le président sortant, Aimé-Désiré Ngoloba, largement en tête avec 61 % des voix.

«{NB}Ces chiffres sont provisoires et ne préjugent en rien du résultat final{NB}», a tenu à préciser le président de la Céni, Samuel Okemba, lors d'une conférence de presse tenue peu après 2 heures du matin. «{NB}Nous publierons chaque circonscription dès qu'elle sera consolidée, ni avant ni après.{NB}»

La principale candidate de l'opposition, Fatoumata Kessé-Diarra, a dénoncé dès l'aube un «{NB}hold-up électoral{NB}». Son directeur de campagne, Prosper Ilunga-Mavoka, affirme avoir recensé «{NB}plus de 300 bureaux où nos assesseurs ont été expulsés avant le dépouillement{NB}». «{NB}Nous avons les procès-verbaux, photographiés et horodatés. Nous les mettrons à la disposition des observateurs{NB}», a-t-il déclaré à RFI.

La candidate, qui s'est adressée à ses partisans depuis son quartier général de Kintélé-Plage, a appelé au calme tout en prévenant qu'elle ne «{NB}reconnaîtra pas{NB}» des résultats «{NB}fabriqués{NB}». «{NB}Je ne demande pas la rue, a-t-elle lancé. Je demande la vérité des urnes, bureau par bureau.{NB}» La foule a répondu en scandant «{NB}Moyanga debout{NB}», le slogan de sa campagne.

Lire aussi : Moyanga : ce qu'il faut savoir sur une présidentielle sous haute surveillance

Le gouvernement a rejeté ces accusations. Dans un communiqué lu à la télévision nationale, le ministère de l'Administration territoriale a dénoncé des «{NB}manœuvres destinées à jeter le discrédit sur un processus exemplaire{NB}» et mis en garde contre toute «{NB}tentative de proclamation parallèle{NB}». Le porte-parole du président sortant n'a pas répondu aux sollicitations de RFI.

Les observateurs restent prudents. La cheffe de la mission d'observation de l'Alliance des États riverains (AER), l'ancienne Première ministre Hortense Abéna-Sow, a salué «{NB}une mobilisation remarquable des électeurs{NB}», mais relevé des «{NB}irrégularités dans la transmission des résultats{NB}» dans plusieurs régions du Nord. «{NB}Il est trop tôt pour dire si elles sont de nature à modifier l'issue du scrutin{NB}», a-t-elle ajouté.

Un observateur européen, qui s'exprime sous couvert d'anonymat, se montre plus direct : «{NB}Dans certains bureaux, la participation affichée dépasse les 100 %. Ça ne s'invente pas.{NB}»

Les résultats complets sont attendus d'ici jeudi. La Cour constitutionnelle disposera ensuite de dix jours pour examiner d'éventuels recours. À Sérakou, les commerces du grand marché ont baissé le rideau dès la mi-journée, par crainte de débordements.

Suivez toute l'actualité internationale en téléchargeant l'application RFI""",
    [
        (
            "Ces chiffres sont provisoires et ne préjugent en rien du résultat final",
            "Samuel Okemba",
            "Samuel Okemba",
            "a tenu à préciser",
        ),
        (
            "Nous publierons chaque circonscription dès qu'elle sera consolidée, ni avant ni après.",
            "Samuel Okemba",
            None,
            None,
        ),
        ("hold-up électoral", "Fatoumata Kessé-Diarra", "Fatoumata Kessé-Diarra", "a dénoncé"),
        (
            "plus de 300 bureaux où nos assesseurs ont été expulsés avant le dépouillement",
            "Prosper Ilunga-Mavoka",
            "Prosper Ilunga-Mavoka",
            "affirme",
        ),
        (
            "Nous avons les procès-verbaux, photographiés et horodatés. Nous les mettrons à la disposition des observateurs",
            "Prosper Ilunga-Mavoka",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("reconnaîtra pas", "Fatoumata Kessé-Diarra", "La candidate", "prévenant"),
        ("fabriqués", "Fatoumata Kessé-Diarra", "La candidate", "prévenant"),
        (
            "Je ne demande pas la rue",
            "Fatoumata Kessé-Diarra",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "Je demande la vérité des urnes, bureau par bureau.",
            "Fatoumata Kessé-Diarra",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "manœuvres destinées à jeter le discrédit sur un processus exemplaire",
            "ministère de l'Administration territoriale",
            "le ministère de l'Administration territoriale",
            "a dénoncé",
        ),
        (
            "tentative de proclamation parallèle",
            "ministère de l'Administration territoriale",
            "le ministère de l'Administration territoriale",
            "mis en garde",
        ),
        (
            "une mobilisation remarquable des électeurs",
            "Hortense Abéna-Sow",
            "Hortense Abéna-Sow",
            "a salué",
        ),
        (
            "irrégularités dans la transmission des résultats",
            "Hortense Abéna-Sow",
            "Hortense Abéna-Sow",
            "relevé",
        ),
        (
            "Il est trop tôt pour dire si elles sont de nature à modifier l'issue du scrutin",
            "Hortense Abéna-Sow",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "Dans certains bureaux, la participation affichée dépasse les 100 %. Ça ne s'invente pas.",
            "observateur",
            "Un observateur européen",
            None,
        ),
    ],
    ["Moyanga debout"],
)


article(
    "blind9-fr05",
    "fr",
    f"""Données biométriques : la CNIL inflige 800 000 euros d'amende à la start-up Pulsia

TECH · La jeune pousse proposait aux salles de sport d'identifier leurs abonnés par reconnaissance faciale

20 Minutes avec agence
Publié le 05/11/26 à 12h47 — Mis à jour le 05/11/26 à 14h03

Fini le badge, place au visage. C'était la promesse de Pulsia, une start-up fondée en 2023 qui équipait près de 140 salles de sport de bornes capables de reconnaître les abonnés à l'entrée. La Commission nationale de l'informatique et des libertés (CNIL) vient de lui infliger une amende de 800 000 euros, estimant que la société avait traité des données biométriques «{NB}sans base légale valable{NB}».

Dans sa délibération publiée jeudi, le régulateur reproche notamment à l'entreprise de ne pas avoir proposé d'alternative aux clients qui refusaient d'être filmés. «{NB}Le consentement ne peut pas être libre lorsque le refus revient à ne plus pouvoir accéder au service payé{NB}», écrit la CNIL, qui relève aussi que certaines images étaient conservées «{NB}jusqu'à dix-huit mois{NB}».

«{NB}On est tombés de l'armoire{NB}»

Contacté par 20 Minutes, le fondateur de Pulsia, Maxime Aubertin-Roux, dit «{NB}prendre acte{NB}» de la décision, mais compte faire appel devant le Conseil d'État. «{NB}On a travaillé dès le départ avec un cabinet spécialisé. On pensait sincèrement être dans les clous{NB}», assure le trentenaire. «{NB}Aucune image n'a jamais été vendue ni partagée. Le stockage de dix-huit mois, c'était un bug de configuration sur un seul serveur, corrigé en mars.{NB}»

Lire aussi : Reconnaissance faciale : ce que dit vraiment la loi

Certains abonnés, eux, n'avaient jamais vraiment compris ce qu'ils acceptaient. «{NB}À l'inscription, on m'a juste dit de regarder la caméra, comme pour une photo de carte{NB}», témoigne Sonia, 29 ans, cliente d'une salle équipée. «{NB}Personne n'a parlé de biométrie. Si j'avais su, j'aurais dit non.{NB}»

Pour Me Nadia Ferhat, avocate spécialisée en droit du numérique, la sanction « envoie un signal clair à tout un secteur ». « Beaucoup de start-up déploient ces outils en se disant qu'elles régulariseront plus tard. La CNIL vient de rappeler que ça ne marche pas comme ça », explique-t-elle.

En attendant, Pulsia a déjà lancé une nouvelle version de son application, baptisée «{NB}Pulsia Pass{NB}», qui fonctionne avec un simple QR code. Une vingtaine de salles ont pourtant résilié leur contrat depuis l'ouverture de la procédure, en 2025. «{NB}On est tombés de l'armoire quand on a reçu le courrier, reconnaît Maxime Aubertin-Roux. Mais on va s'en relever.{NB}»

Newsletter Tech : recevez chaque vendredi l'essentiel de l'actu numérique. Je m'inscris""",
    [
        (
            "sans base légale valable",
            "Commission nationale de l'informatique et des libertés",
            "Commission nationale de l'informatique et des libertés",
            "estimant",
        ),
        (
            "Le consentement ne peut pas être libre lorsque le refus revient à ne plus pouvoir accéder au service payé",
            "Commission nationale de l'informatique et des libertés",
            "la CNIL",
            "écrit",
        ),
        (
            "jusqu'à dix-huit mois",
            "Commission nationale de l'informatique et des libertés",
            "la CNIL",
            "relève",
        ),
        ("On est tombés de l'armoire", "Maxime Aubertin-Roux", None, None),
        ("prendre acte", "Maxime Aubertin-Roux", "Maxime Aubertin-Roux", "dit"),
        (
            "On a travaillé dès le départ avec un cabinet spécialisé. On pensait sincèrement être dans les clous",
            "Maxime Aubertin-Roux",
            "le trentenaire",
            "assure",
        ),
        (
            "Aucune image n'a jamais été vendue ni partagée. Le stockage de dix-huit mois, c'était un bug de configuration sur un seul serveur, corrigé en mars.",
            "Maxime Aubertin-Roux",
            None,
            None,
        ),
        (
            "À l'inscription, on m'a juste dit de regarder la caméra, comme pour une photo de carte",
            "Sonia",
            "Sonia",
            "témoigne",
        ),
        (
            "Personne n'a parlé de biométrie. Si j'avais su, j'aurais dit non.",
            "Sonia",
            None,
            None,
        ),
        (
            "envoie un signal clair à tout un secteur",
            "Nadia Ferhat",
            "Me Nadia Ferhat",
            "Pour",
        ),
        (
            "Beaucoup de start-up déploient ces outils en se disant qu'elles régulariseront plus tard. La CNIL vient de rappeler que ça ne marche pas comme ça",
            "Nadia Ferhat",
            ("explique-t-elle", "elle"),
            "explique-t-elle",
        ),
        (
            "On est tombés de l'armoire quand on a reçu le courrier",
            "Maxime Aubertin-Roux",
            ("reconnaît Maxime Aubertin-Roux", "Maxime Aubertin-Roux"),
            "reconnaît",
        ),
        (
            "Mais on va s'en relever.",
            "Maxime Aubertin-Roux",
            ("reconnaît Maxime Aubertin-Roux", "Maxime Aubertin-Roux"),
            "reconnaît",
        ),
    ],
    ["Pulsia Pass"],
)


article(
    "blind9-fr06",
    "fr",
    f"""Jules Verchère : «{NB}J'écris pour les gens qui ne lisent pas de romans{NB}»

ENTRETIEN. Couronné par le prix des Deux-Rives pour «{NB}Le Silence des écluses{NB}», l'ancien éclusier de 61 ans raconte son arrivée tardive en littérature.

Propos recueillis par Hélène Castagnier
Publié le 21/11/2026 à 09h00 | Le Point.fr

Il a passé trente-deux ans à ouvrir et fermer les portes d'une écluse sur le canal de la Vesle-Haute. Son premier roman, écrit à 58 ans sur des carnets d'écolier, s'est vendu à plus de 90 000 exemplaires. La présidente du jury, la romancière Marguerite Anselme, a salué «{NB}une voix qu'on n'attendait plus{NB}». Lui se dit «{NB}toujours un peu gêné{NB}» d'être là. «{NB}Je suis un éclusier qui écrit, pas un écrivain{NB}», répète-t-il volontiers. Rencontre.

Abonnez-vous à partir de 1 € le premier mois

Le Point : Vous avez longtemps caché que vous écriviez. Pourquoi ?

Jules Verchère : Par pudeur, sans doute. Chez nous, écrire, c'était pour les instituteurs et les notaires. Mon père disait : «{NB}Un livre, ça ne nourrit personne.{NB}» Je l'ai cru longtemps. Alors j'écrivais la nuit, entre deux bateaux, et je rangeais les carnets dans le buffet de la cuisine.

Qu'est-ce qui vous a décidé à les montrer ?

J. V. : Ma femme, Annick. Un soir, elle a trouvé les carnets. Elle a lu toute la nuit. Le matin, elle m'a dit : «{NB}Soit tu les envoies, soit je les envoie.{NB}» J'ai compris qu'elle ne plaisantait pas.

Votre éditrice, Sabine Rochegude, raconte avoir reçu le manuscrit par la poste, sans lettre d'accompagnement.

C'est vrai, je ne savais pas qu'il fallait en mettre une. Elle m'a appelé trois semaines plus tard. Elle m'a dit : «{NB}Monsieur, je ne sais pas qui vous êtes, mais vous ne changez pas une virgule.{NB}» Évidemment, on a changé beaucoup de virgules !

Jules Verchère chez lui, en octobre. © Arnaud Delcourt pour Le Point

Certains critiques ont parlé d'un roman «{NB}trop sage{NB}». Cela vous touche ?

Un peu, je ne vais pas mentir. Mais j'ai reçu plus de quatre cents lettres de lecteurs. Une dame de Saint-Firmin-les-Bois m'a écrit : «{NB}C'est la première fois que je termine un livre depuis l'école.{NB}» Ça, ça compte plus qu'un article dans un grand journal.

Le canal est au cœur du livre. Pourquoi ce décor ?

Ce n'est pas un décor, c'est une façon de vivre. À l'écluse, on voit passer les gens sans jamais les connaître. On a vingt minutes, le temps que le bassin se remplisse. J'ai écrit le roman comme ça : des gens qui passent, et ce qu'on devine d'eux en vingt minutes.

Et le prochain ?

Il s'appellera peut-être «{NB}La Maison du barragiste{NB}». Je n'en dis pas plus. Mon éditrice me surveille, et ma femme aussi.

Lire aussi : Prix littéraires : l'automne des premiers romans""",
    [
        (
            "J'écris pour les gens qui ne lisent pas de romans",
            "Jules Verchère",
            "Jules Verchère",
            None,
        ),
        (
            "une voix qu'on n'attendait plus",
            "Marguerite Anselme",
            "Marguerite Anselme",
            "a salué",
        ),
        ("toujours un peu gêné", "Jules Verchère", "Lui", "se dit"),
        (
            "Je suis un éclusier qui écrit, pas un écrivain",
            "Jules Verchère",
            ("répète-t-il", "il"),
            "répète-t-il",
        ),
        ("Un livre, ça ne nourrit personne.", "père", "Mon père", "disait"),
        (
            "Soit tu les envoies, soit je les envoie.",
            "Annick",
            ("elle m'a dit", "elle"),
            "m'a dit",
        ),
        (
            "Monsieur, je ne sais pas qui vous êtes, mais vous ne changez pas une virgule.",
            "Sabine Rochegude",
            ("Elle m'a dit", "Elle"),
            "m'a dit",
        ),
        ("trop sage", "critiques", "Certains critiques", "ont parlé"),
        (
            "C'est la première fois que je termine un livre depuis l'école.",
            "dame",
            "Une dame",
            "m'a écrit",
        ),
    ],
    ["Le Silence des écluses", "La Maison du barragiste"],
)


article(
    "blind9-fr07",
    "fr",
    f"""Wavrignies : les Tréfileries de l'Escaut fermeront en juin, 212 salariés sur le carreau

La Voix du Nord
Par Christophe Vandamme | Publié le 09/09/2026 à 18h55

Le couperet est tombé mardi, à 10 h 30, lors d'un comité social et économique extraordinaire. Le groupe Norvak Industries, propriétaire du site depuis 2019, a annoncé la fermeture définitive de l'usine de fil d'acier de Wavrignies à l'horizon de juin 2027. Dans un communiqué, Norvak Industries invoque «{NB}une surcapacité structurelle du marché européen{NB}» et «{NB}des coûts énergétiques devenus insoutenables{NB}».

À la sortie, les visages étaient fermés. «{NB}On s'y attendait un peu, mais pas si vite. Il y a six mois, on nous parlait encore d'investir dans une nouvelle ligne{NB}», souffle Dominique Lefebvre, 54 ans, dont trente et un passés à la tréfilerie. Son fils travaille aussi sur le site. «{NB}Deux salaires qui tombent dans la même maison. Je ne sais pas comment je vais l'annoncer à ma femme.{NB}»

Délégué syndical et secrétaire du CSE, Rachid Benamar parle d'une «{NB}fermeture de convenance{NB}». «{NB}Le site est rentable. Ce qu'ils veulent, c'est rapatrier la production en Finlande, où l'électricité leur coûte moitié moins. On va le prouver, chiffres à l'appui{NB}», a-t-il affirmé, annonçant le recours à un cabinet d'expertise. L'intersyndicale appelle à un rassemblement jeudi devant les grilles, sous le mot d'ordre «{NB}Pas touche à la Tréf{NB}».

Partager  Twitter  Facebook  Mail
PHOTO VDN - BAPTISTE MOREEL

Contacté, le directeur du site, Frédéric Van Acker, n'a pas souhaité commenter les chiffres avancés par les syndicats. Il a assuré que le groupe «{NB}accompagnerait chaque salarié{NB}» et qu'un plan de sauvegarde de l'emploi serait présenté «{NB}dans les prochaines semaines{NB}». «{NB}Cette décision est douloureuse, personne ici ne la prend à la légère{NB}», a-t-il ajouté.

À lire aussi : Sambre : cinq ans après, que sont devenus les anciens des Forges Dubreucq ?

Le maire de Wavrignies, Jean-Luc Demarcq, a appris la nouvelle par un SMS, une heure avant les salariés. «{NB}C'est un coup de massue pour la commune. La tréfilerie, c'est le premier employeur, c'est 18 % de nos recettes fiscales, c'est l'histoire du village{NB}», lance l'élu, qui a demandé à être reçu «{NB}en urgence{NB}» au ministère de l'Industrie.

Au ministère, on indiquait mardi soir «{NB}suivre la situation avec la plus grande attention{NB}». Selon un conseiller du ministre, une réunion avec la direction du groupe est envisagée «{NB}d'ici la fin du mois{NB}».

Dans le village, on se raccroche à l'idée d'un repreneur. «{NB}Des usines qu'on disait condamnées ont été sauvées{NB}», veut croire Dominique Lefebvre. Avant d'ajouter, plus bas : «{NB}Mais je ne me fais pas trop d'illusions.{NB}»

Recevez gratuitement la newsletter Sambre-Avesnois de La Voix du Nord""",
    [
        (
            "une surcapacité structurelle du marché européen",
            "Norvak Industries",
            ("Norvak Industries invoque", "Norvak Industries"),
            "invoque",
        ),
        (
            "des coûts énergétiques devenus insoutenables",
            "Norvak Industries",
            ("Norvak Industries invoque", "Norvak Industries"),
            "invoque",
        ),
        (
            "On s'y attendait un peu, mais pas si vite. Il y a six mois, on nous parlait encore d'investir dans une nouvelle ligne",
            "Dominique Lefebvre",
            "Dominique Lefebvre",
            "souffle",
        ),
        (
            "Deux salaires qui tombent dans la même maison. Je ne sais pas comment je vais l'annoncer à ma femme.",
            "Dominique Lefebvre",
            None,
            None,
        ),
        ("fermeture de convenance", "Rachid Benamar", "Rachid Benamar", "parle"),
        (
            "Le site est rentable. Ce qu'ils veulent, c'est rapatrier la production en Finlande, où l'électricité leur coûte moitié moins. On va le prouver, chiffres à l'appui",
            "Rachid Benamar",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        ("accompagnerait chaque salarié", "Frédéric Van Acker", ("Il a assuré", "Il"), "a assuré"),
        ("dans les prochaines semaines", "Frédéric Van Acker", ("Il a assuré", "Il"), "a assuré"),
        (
            "Cette décision est douloureuse, personne ici ne la prend à la légère",
            "Frédéric Van Acker",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "C'est un coup de massue pour la commune. La tréfilerie, c'est le premier employeur, c'est 18 % de nos recettes fiscales, c'est l'histoire du village",
            "Jean-Luc Demarcq",
            "l'élu",
            "lance",
        ),
        ("en urgence", "Jean-Luc Demarcq", "l'élu", "a demandé"),
        (
            "suivre la situation avec la plus grande attention",
            "ministère de l'Industrie",
            "Au ministère",
            "indiquait",
        ),
        ("d'ici la fin du mois", "conseiller", "un conseiller", "Selon"),
        (
            "Des usines qu'on disait condamnées ont été sauvées",
            "Dominique Lefebvre",
            "Dominique Lefebvre",
            "veut croire",
        ),
        (
            "Mais je ne me fais pas trop d'illusions.",
            "Dominique Lefebvre",
            "Dominique Lefebvre",
            "d'ajouter",
        ),
    ],
    ["Pas touche à la Tréf"],
)


article(
    "blind9-fr08",
    "fr",
    f"""Procès de l'incendie de la rue des Tanneurs : quinze ans de réclusion requis contre l'ancien locataire

Le Dauphiné libéré — Par Sophie Arnaud-Blanc — Aujourd'hui à 19:20

Le visage de Cédric Maillefer, 41 ans, n'a pas bougé quand l'avocat général a pris la parole, jeudi après-midi, devant la cour d'assises de la Haute-Varenne. L'accusé comparaît depuis lundi pour avoir, selon l'accusation, mis le feu à la cage d'escalier de son ancien immeuble de Chaumont-la-Rivière dans la nuit du 14 au 15 février 2024, quelques jours après son expulsion. Une voisine de 83 ans, Odette Pralong, était morte intoxiquée.

«{NB}Il ne s'agit pas d'un geste de désespoir. Il s'agit d'une vengeance, préparée, réfléchie{NB}», a martelé l'avocat général, Benoît Carrignon, rappelant que l'accusé avait acheté un bidon d'essence la veille. «{NB}Vous avez entendu les témoins. Vous avez entendu les menaces qu'il proférait dans la cour : “Ils vont voir ce que ça coûte de me mettre dehors.” Ce ne sont pas des paroles en l'air.{NB}» Il a requis quinze ans de réclusion criminelle.

Lire aussi : Haute-Varenne : un homme écroué après un incendie mortel à Chaumont-la-Rivière

Tout au long des débats, Cédric Maillefer a reconnu avoir acheté l'essence mais nié avoir allumé le feu. «{NB}J'ai voulu le faire, oui. Je suis monté avec le bidon. Et puis je suis redescendu, a-t-il répété mercredi à la barre. Je n'ai pas allumé ce feu. Je ne suis pas un assassin.{NB}»

Une ligne que sa défense a tenue pied à pied. Pour Me Laure Vidalenc, «{NB}personne n'a vu Cédric Maillefer mettre le feu, personne{NB}». L'avocate a pointé les «{NB}zones d'ombre{NB}» de l'enquête : un second accès à l'immeuble jamais exploré, un témoin revenu sur ses déclarations. «{NB}Le doute, ici, n'est pas une figure de style. Il est partout dans ce dossier{NB}», a-t-elle plaidé, demandant l'acquittement.

Partager sur : Facebook | X | LinkedIn

Sur le banc des parties civiles, les enfants d'Odette Pralong ont écouté sans un mot. Son fils, Gilles Pralong, s'était adressé à la cour mardi, lisant un texte préparé :
«{NB}Ma mère avait vécu cinquante-deux ans dans cet immeuble. Elle connaissait tout le monde, elle gardait les clés de la moitié des voisins.
«{NB}On ne nous a rendu d'elle qu'une alliance et une paire de lunettes. Je ne demande pas de vengeance. Je demande qu'on nous dise la vérité.{NB}»

Leur avocat, Me Youssef Kaddouri, a dénoncé jeudi «{NB}un procès où l'accusé a parlé de lui pendant trois jours et jamais d'elle{NB}».

Invité à prendre la parole en dernier, Cédric Maillefer s'est levé et s'est tourné vers la famille. «{NB}Je suis désolé pour madame Pralong. Sincèrement.{NB}» La présidente de la cour, Catherine Oudinot, a ensuite suspendu l'audience. «{NB}La cour se retire pour délibérer. Le verdict ne sera pas rendu avant 21 heures{NB}», a-t-elle annoncé à la salle.

Restez informé : recevez nos alertes info en temps réel""",
    [
        (
            "Il ne s'agit pas d'un geste de désespoir. Il s'agit d'une vengeance, préparée, réfléchie",
            "Benoît Carrignon",
            "Benoît Carrignon",
            "a martelé",
        ),
        (
            "Vous avez entendu les témoins. Vous avez entendu les menaces qu'il proférait dans la cour : “Ils vont voir ce que ça coûte de me mettre dehors.” Ce ne sont pas des paroles en l'air.",
            "Benoît Carrignon",
            None,
            None,
        ),
        (
            "J'ai voulu le faire, oui. Je suis monté avec le bidon. Et puis je suis redescendu",
            "Cédric Maillefer",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            "Je n'ai pas allumé ce feu. Je ne suis pas un assassin.",
            "Cédric Maillefer",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            "personne n'a vu Cédric Maillefer mettre le feu, personne",
            "Laure Vidalenc",
            "Me Laure Vidalenc",
            "Pour",
        ),
        ("zones d'ombre", "Laure Vidalenc", "L'avocate", "a pointé"),
        (
            "Le doute, ici, n'est pas une figure de style. Il est partout dans ce dossier",
            "Laure Vidalenc",
            ("a-t-elle plaidé", "elle"),
            "a-t-elle plaidé",
        ),
        (
            "Ma mère avait vécu cinquante-deux ans dans cet immeuble. Elle connaissait tout le monde, elle gardait les clés de la moitié des voisins.",
            "Gilles Pralong",
            "Gilles Pralong",
            "s'était adressé",
        ),
        (
            "On ne nous a rendu d'elle qu'une alliance et une paire de lunettes. Je ne demande pas de vengeance. Je demande qu'on nous dise la vérité.",
            "Gilles Pralong",
            "Gilles Pralong",
            "s'était adressé",
        ),
        (
            "un procès où l'accusé a parlé de lui pendant trois jours et jamais d'elle",
            "Youssef Kaddouri",
            "Me Youssef Kaddouri",
            "a dénoncé",
        ),
        (
            "Je suis désolé pour madame Pralong. Sincèrement.",
            "Cédric Maillefer",
            ("Cédric Maillefer s'est levé", "Cédric Maillefer"),
            None,
        ),
        (
            "La cour se retire pour délibérer. Le verdict ne sera pas rendu avant 21 heures",
            "Catherine Oudinot",
            ("a-t-elle annoncé", "elle"),
            "a-t-elle annoncé",
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind9_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
