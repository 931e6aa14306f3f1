# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind37_fr.jsonl: a thirty-seventh blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a slate museum losing its subsidy
(L'Ardennais, regional heritage: a headline quote with a role-noun cue, an association's name in
marks, the département's communiqué, an interrupted quote, a follow-on quote without a cue, a
car-park sign in marks, an unnamed former slate-worker's two-paragraph testimony), a private
school shut mid-year in Bobo-Dioulasso (Lefaso.net, African education: unpadded marks, a
closure letter quoted through its signatory, "nous a-t-il confié", "Selon lui", an anonymous
mother, a parents' association with a short name in brackets, a two-paragraph declaration),
a Jura village switching off its street lights (RTS Info, Swiss local news: plain-spaced marks
and straight apostrophes, a term in marks, an anonymous nurse and resident, a cantonal police
spokesman in an interrupted quote, "Pour", a cue-less follow-on), a women's rugby club left
without a pitch (Rugbyrama, sport: unpadded marks, a two-paragraph quote, a nickname in marks,
a role-noun mention "la troisième ligne", a town hall by e-mail, an anonymous federal source), a
regional retail group delisting a dairy (LSA, trade press: NNBSP padding, a dek quote with a
body cue, a letter to suppliers quoted, a shop sign in marks, an anonymous buyer with "selon"),
food trucks banned from a seafront in Réunion (Zinfos974, overseas: a Creole slogan chanted by a
group, a mayor's Facebook post, an interrupted quote, a petition title, an anonymous resident,
a union with a short name in brackets), a fake-plumber fraud trial in Liège (La Meuse, Belgian
courts: a headline quote without a cue, a prosecutor's follow-on, a widow's testimony and
cue-less reply with a nested “ ” nickname, an interrupted admission, an ASBL's communiqué after
qu'«) and a village tool library (L'actualité, Québec magazine: a term in marks in the dek, a
ministry's letter, a two-paragraph quote without a cue with a nested “ ”, a guide's title).
Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py;
unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind37_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind37-fr01",
    "fr",
    f"""Montcy-sur-Semoy : «{NB}On enterre l’ardoise une deuxième fois{NB}», s’insurge le président des Amis du musée

Publié le 18/09/2025 à 06h45
Par Olivier Gérardin

Le Musée de l’ardoise de Montcy-sur-Semoy fermera ses portes le 31 décembre. Le conseil départemental des Ardennes a confirmé lundi qu’il ne renouvellerait pas sa subvention annuelle de 48 000 euros, soit près de la moitié du budget de fonctionnement de l’établissement.
«{NB}On enterre l’ardoise une deuxième fois. La première, c’était en 1971, quand la dernière fosse a fermé. Aujourd’hui, on ferme la mémoire{NB}», s’insurge Jean-Marie Collignon, président de l’association «{NB}Les Amis de la Fosse Sainte-Anne{NB}», qui gère le musée depuis 1994.
Installé dans l’ancienne salle des machines de l’ardoisière, le musée accueille environ 6 500 visiteurs par an, dont beaucoup de scolaires. Deux salariés et une quinzaine de bénévoles y travaillent.
Dans un communiqué publié lundi soir, le Département justifie sa décision par «{NB}un contexte budgétaire d’une exceptionnelle gravité{NB}» et assure avoir proposé à l’association «{NB}un accompagnement vers d’autres financeurs{NB}».
La vice-présidente chargée de la culture, Martine Hennequin-Lallemand, assume. «{NB}Nous n’avons pas fait ce choix de gaieté de cœur, a-t-elle déclaré à L’Ardennais, mais nous devons d’abord payer le RSA et les collèges. Le musée n’est pas condamné s’il trouve d’autres partenaires.{NB}»
Le chevalement de l’ancienne fosse, inscrit aux monuments historiques en 2008. Photo L’Ardennais / Olivier Gérardin
Une réponse qui fait bondir M. Collignon. «{NB}D’autres partenaires{NB}? On a écrit à la Région, à l’État, à trois fondations. On attend toujours.{NB}»
Le maire de Montcy-sur-Semoy, Didier Waroquier, se dit «{NB}abasourdi{NB}». Sa commune de 820 habitants n’a pas les moyens de reprendre le musée à son compte. «{NB}Le budget de la commune entière, c’est 600 000 euros. Je ne peux pas inventer de l’argent{NB}», a-t-il reconnu.
Lire aussi : Vallée de la Semoy : la voie verte prolongée jusqu’à la frontière
Sur le parking, un panneau «{NB}Fermeture définitive – merci de votre fidélité{NB}» a déjà été peint par les bénévoles, qui espèrent ne jamais avoir à l’accrocher.
Parmi eux, un ancien ardoisier de 84 ans, qui a travaillé dix-neuf ans au fond, fait visiter les galeries chaque dimanche. «{NB}Les gamins me demandent si on avait peur. Je leur dis que oui, tous les jours. C’est ça qu’il faut raconter.
«{NB}Si le musée ferme, qui le racontera{NB}?{NB}», interroge-t-il.
Une pétition, lancée mercredi sur internet, avait recueilli jeudi matin plus de 2 300 signatures. L’association doit réunir ses adhérents le 4 octobre pour décider de la suite.
Partager cet article : Facebook Twitter E-mail""",
    [
        (
            "On enterre l’ardoise une deuxième fois",
            "Jean-Marie Collignon",
            "le président des Amis du musée",
            "s’insurge",
        ),
        (
            "On enterre l’ardoise une deuxième fois. La première, c’était en 1971, quand la dernière fosse a fermé. Aujourd’hui, on ferme la mémoire",
            "Jean-Marie Collignon",
            "Jean-Marie Collignon",
            "s’insurge",
        ),
        (
            "un contexte budgétaire d’une exceptionnelle gravité",
            "conseil départemental des Ardennes",
            "le Département",
            "justifie",
        ),
        (
            "un accompagnement vers d’autres financeurs",
            "conseil départemental des Ardennes",
            "le Département",
            "assure",
        ),
        (
            "Nous n’avons pas fait ce choix de gaieté de cœur",
            "Martine Hennequin-Lallemand",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "mais nous devons d’abord payer le RSA et les collèges. Le musée n’est pas condamné s’il trouve d’autres partenaires.",
            "Martine Hennequin-Lallemand",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            f"D’autres partenaires{NB}? On a écrit à la Région, à l’État, à trois fondations. On attend toujours.",
            "Jean-Marie Collignon",
            "M. Collignon",
            None,
        ),
        ("abasourdi", "Didier Waroquier", "Didier Waroquier", "se dit"),
        (
            "Le budget de la commune entière, c’est 600 000 euros. Je ne peux pas inventer de l’argent",
            "Didier Waroquier",
            ("a-t-il reconnu", "il"),
            "a-t-il reconnu",
        ),
        (
            "Les gamins me demandent si on avait peur. Je leur dis que oui, tous les jours. C’est ça qu’il faut raconter.",
            "ardoisier",
            ("interroge-t-il", "il"),
            "interroge",
        ),
        (
            f"Si le musée ferme, qui le racontera{NB}?",
            "ardoisier",
            ("interroge-t-il", "il"),
            "interroge",
        ),
    ],
    ["Les Amis de la Fosse Sainte-Anne", "Fermeture définitive – merci de votre fidélité"],
)

article(
    "blind37-fr02",
    "fr",
    """Bobo-Dioulasso : fermé en pleine année scolaire, le complexe scolaire Wend-Panga laisse 600 élèves sans classe

Le ministère en charge de l’éducation a ordonné la fermeture immédiate de l’établissement, situé au secteur 22. Les parents, eux, ne savent plus à quelle porte frapper.

mardi 11 février 2025 à 23h10min

C’est par une lettre datée du 5 février que la direction du complexe scolaire Wend-Panga a appris la nouvelle. Le document, signé du directeur régional de l’éducation des Hauts-Bassins, Issouf Ouédraogo-Sanou, ordonne la fermeture de l’établissement «à compter de la date de notification», pour «défaut d’autorisation d’ouverture du cycle secondaire» et «non-conformité des salles de classe aux normes de sécurité».
Mardi matin, devant le portail cadenassé, une cinquantaine de parents attendaient des explications. «On a payé la scolarité en octobre, 85 000 francs CFA pour mon fils. Maintenant on nous dit d’aller ailleurs. Ailleurs où ? Toutes les écoles sont pleines», s’indigne une mère d’élève, commerçante au grand marché.
Le fondateur de l’établissement, Boukary Zerbo, reconnaît des retards administratifs mais conteste la brutalité de la mesure. «Le dossier d’autorisation est déposé depuis 2022. J’ai le récépissé. Ce n’est pas moi qui ai laissé dormir le dossier», nous a-t-il confié, documents à l’appui.
Lire aussi : Hauts-Bassins : quatorze établissements privés mis en demeure
Selon lui, les travaux exigés lors d’une inspection en novembre ont été «en grande partie réalisés». «Il restait deux extincteurs et une porte de secours. Pour ça, on ferme une école de 600 enfants ?»
Joint au téléphone, le directeur régional assume. «La loi est la même pour tous. Un établissement qui n’a pas d’autorisation ne peut pas délivrer de bulletins reconnus, a expliqué M. Ouédraogo-Sanou. Nous ne pouvons pas laisser les parents découvrir cela le jour de l’examen.»
Il assure que ses services vont «accompagner le redéploiement des élèves» vers les établissements publics et privés de la ville. Une cellule d’orientation doit ouvrir jeudi au lycée municipal.
L’Association des parents d’élèves du complexe scolaire Wend-Panga (APE), qui a tenu une assemblée générale lundi soir, parle d’une décision «brutale et injuste». Dans une déclaration lue devant la presse, l’APE exige «le remboursement intégral des frais de scolarité» et la réouverture provisoire des classes d’examen.
«Nos enfants de 3e et de terminale sont les premières victimes. Qu’on nous dise où ils passeront le BEPC et le bac !
«Nous ne sommes pas contre la loi. Nous sommes contre le désordre», a martelé son président, Dramane Konaté.
Les élèves, eux, tuent le temps devant le portail. «On révise sous le manguier», glisse Aminata, 16 ans, en classe de seconde.
Haoua Kaboré
Lefaso.net
Commentaires (12)""",
    [
        (
            "à compter de la date de notification",
            "Issouf Ouédraogo-Sanou",
            "Issouf Ouédraogo-Sanou",
            "ordonne",
        ),
        (
            "défaut d’autorisation d’ouverture du cycle secondaire",
            "Issouf Ouédraogo-Sanou",
            "Issouf Ouédraogo-Sanou",
            "ordonne",
        ),
        (
            "non-conformité des salles de classe aux normes de sécurité",
            "Issouf Ouédraogo-Sanou",
            "Issouf Ouédraogo-Sanou",
            "ordonne",
        ),
        (
            "On a payé la scolarité en octobre, 85 000 francs CFA pour mon fils. Maintenant on nous dit d’aller ailleurs. Ailleurs où ? Toutes les écoles sont pleines",
            "mère",
            "une mère d’élève",
            "s’indigne",
        ),
        (
            "Le dossier d’autorisation est déposé depuis 2022. J’ai le récépissé. Ce n’est pas moi qui ai laissé dormir le dossier",
            "Boukary Zerbo",
            ("nous a-t-il confié", "il"),
            "a-t-il confié",
        ),
        ("en grande partie réalisés", "Boukary Zerbo", ("Selon lui", "lui"), "Selon"),
        (
            "Il restait deux extincteurs et une porte de secours. Pour ça, on ferme une école de 600 enfants ?",
            "Boukary Zerbo",
            None,
            None,
        ),
        (
            "La loi est la même pour tous. Un établissement qui n’a pas d’autorisation ne peut pas délivrer de bulletins reconnus",
            "Issouf Ouédraogo-Sanou",
            "M. Ouédraogo-Sanou",
            "a expliqué",
        ),
        (
            "Nous ne pouvons pas laisser les parents découvrir cela le jour de l’examen.",
            "Issouf Ouédraogo-Sanou",
            "M. Ouédraogo-Sanou",
            "a expliqué",
        ),
        (
            "accompagner le redéploiement des élèves",
            "Issouf Ouédraogo-Sanou",
            ("Il assure", "Il"),
            "assure",
        ),
        (
            "brutale et injuste",
            "Association des parents d’élèves du complexe scolaire Wend-Panga",
            "L’Association des parents d’élèves du complexe scolaire Wend-Panga",
            "parle",
        ),
        (
            "le remboursement intégral des frais de scolarité",
            "Association des parents d’élèves du complexe scolaire Wend-Panga",
            "l’APE",
            "exige",
        ),
        (
            "Nos enfants de 3e et de terminale sont les premières victimes. Qu’on nous dise où ils passeront le BEPC et le bac !",
            "Dramane Konaté",
            "Dramane Konaté",
            "a martelé",
        ),
        (
            "Nous ne sommes pas contre la loi. Nous sommes contre le désordre",
            "Dramane Konaté",
            "Dramane Konaté",
            "a martelé",
        ),
        ("On révise sous le manguier", "Aminata", "Aminata", "glisse"),
    ],
)

article(
    "blind37-fr03",
    "fr",
    """Une commune jurassienne éteint ses lampadaires la nuit, la police reste prudente

Montvoie-Dessous (JU) plonge dans le noir entre minuit et 5h depuis le 1er octobre. Un essai d'un an qui divise ses 740 habitants.

Publié le 22 octobre 2025 à 07:12
Modifié le 22 octobre 2025 à 09:30

Depuis trois semaines, les 212 lampadaires de Montvoie-Dessous s'éteignent à minuit. La commune d'Ajoie est la première du canton à tenter l'expérience sur l'ensemble de son territoire, routes cantonales comprises.
« C'est d'abord une question d'économies : 38'000 francs par an, ce n'est pas rien pour une petite commune comme la nôtre », explique le maire, Pascal Froidevaux-Girard, interrogé mardi par la RTS. « Mais il y a aussi la faune, les oiseaux migrateurs, les chauves-souris. On les avait oubliés. »
Le projet s'inscrit dans une démarche de « trame noire », ce réseau de corridors sombres que plusieurs cantons tentent de reconstituer pour protéger les espèces nocturnes.
Partager sur Facebook Partager sur X Copier le lien
Au village, l'accueil est mitigé. « Je rentre du travail à 0h30, à pied depuis l'arrêt de bus. Avec ma lampe frontale, j'ai l'impression d'être en randonnée », sourit une infirmière qui travaille à l'hôpital de Porrentruy.
D'autres sont plus inquiets. Une habitante du lotissement des Vergers, qui préfère rester anonyme, dit craindre « les cambriolages, surtout l'hiver ».
La police cantonale jurassienne se veut rassurante, mais reste prudente. « Les études dont nous disposons ne montrent pas de hausse des cambriolages liée à l'extinction de l'éclairage, indique son porte-parole, Yann Berberat. Nous allons néanmoins suivre la situation de près durant l'année d'essai. »
Il rappelle que la majorité des cambriolages dans la région ont lieu « en fin d'après-midi, quand les gens sont au travail ».
Lire aussi: Dans le Val-Terbi, les communes réduisent l'éclairage public de moitié
Pour l'astronome amateur Delphine Crelier, qui a défendu le projet devant l'assemblée communale, le résultat est « spectaculaire ». « Le premier soir, on voyait la Voie lactée depuis la place de l'école. Des enfants qui ne l'avaient jamais vue ! »
Le conseil communal a précisé dans un communiqué que l'éclairage resterait allumé « lors des manifestations villageoises et de la nuit de la Saint-Martin ». Un bilan sera présenté à l'assemblée communale de décembre 2026.
Le Conseil jurassien de sécurité routière recommande pour sa part de maintenir un éclairage « aux passages piétons les plus fréquentés ». La commune assure avoir pris contact avec lui et étudie des lampes à détecteur de mouvement.
Keystone-ATS / RTS Info / mfr""",
    [
        (
            "C'est d'abord une question d'économies : 38'000 francs par an, ce n'est pas rien pour une petite commune comme la nôtre",
            "Pascal Froidevaux-Girard",
            "Pascal Froidevaux-Girard",
            "explique",
        ),
        (
            "Mais il y a aussi la faune, les oiseaux migrateurs, les chauves-souris. On les avait oubliés.",
            "Pascal Froidevaux-Girard",
            "Pascal Froidevaux-Girard",
            "explique",
        ),
        (
            "Je rentre du travail à 0h30, à pied depuis l'arrêt de bus. Avec ma lampe frontale, j'ai l'impression d'être en randonnée",
            "infirmière",
            "une infirmière",
            "sourit",
        ),
        (
            "les cambriolages, surtout l'hiver",
            "habitante",
            "Une habitante du lotissement des Vergers",
            "dit",
        ),
        (
            "Les études dont nous disposons ne montrent pas de hausse des cambriolages liée à l'extinction de l'éclairage",
            "Yann Berberat",
            "Yann Berberat",
            "indique",
        ),
        (
            "Nous allons néanmoins suivre la situation de près durant l'année d'essai.",
            "Yann Berberat",
            "Yann Berberat",
            "indique",
        ),
        (
            "en fin d'après-midi, quand les gens sont au travail",
            "Yann Berberat",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
        ("spectaculaire", "Delphine Crelier", "Delphine Crelier", "Pour"),
        (
            "Le premier soir, on voyait la Voie lactée depuis la place de l'école. Des enfants qui ne l'avaient jamais vue !",
            "Delphine Crelier",
            None,
            None,
        ),
        (
            "lors des manifestations villageoises et de la nuit de la Saint-Martin",
            "conseil communal de Montvoie-Dessous",
            "Le conseil communal",
            "a précisé",
        ),
        (
            "aux passages piétons les plus fréquentés",
            "Conseil jurassien de sécurité routière",
            "Le Conseil jurassien de sécurité routière",
            "recommande",
        ),
    ],
    ["trame noire"],
)

article(
    "blind37-fr04",
    "fr",
    """Élite 1 : privées de terrain, les joueuses de l'Entente Garonne Féminine s'entraînent sur un parking

Par Rugbyrama
Publié le 05/11/2025 à 18:20

Depuis la rentrée, les Grenats s'entraînent entre les voitures. La rénovation du stade municipal de Marmande a privé le club de son unique terrain, et aucune solution durable n'a été trouvée à deux semaines de la reprise du championnat.

Le chantier devait durer six mois. Il en durera finalement quatorze. Depuis septembre, la pelouse du stade Léo-Castaing est éventrée par les pelleteuses, et l'Entente Garonne Féminine, promue cet été en Élite 1, n'a plus d'endroit où poser ses crampons.
«On fait des passes entre les voitures. On travaille la conquête sur un terrain de foot synthétique prêté deux fois par semaine, le mardi et le jeudi de 21h à 22h30. Ce n'est pas un championnat de haut niveau qu'on prépare, c'est du système D», lâche l'entraîneur principal, Cyril Lacombe-Darrigan.
Ancien talonneur passé par le Top 14, le technicien ne cache pas son amertume. «Quand les garçons de Fédérale 1 ont eu le même problème il y a trois ans, on leur a trouvé un terrain en dix jours.
«Je ne veux pas faire de procès d'intention. Mais il faudra qu'on m'explique la différence», a-t-il poursuivi.
Publicité
La capitaine, Laure Dufau, surnommée «la Fourmi» dans le vestiaire, préfère en sourire. «On a gagné en précision, au moins. Quand tu rates une passe, le ballon finit sous une camionnette», plaisante la troisième ligne.
Une joueuse arrivée de Bayonne cet été s'inquiète davantage : «Deux filles se sont tordu la cheville sur les ralentisseurs. Si ça continue, on arrivera à la première journée avec une infirmerie pleine.»
La mairie de Marmande a fait savoir par courriel que la livraison du stade avait été repoussée «en raison de la découverte de réseaux anciens non répertoriés». Elle indique chercher «activement» un terrain de substitution dans l'agglomération.
Le président du club, Bernard Sentenac, attend surtout des actes. «Des courriels, j'en ai reçu quatre. Un terrain, je n'en ai toujours pas», tranche-t-il. Le dirigeant a écrit à la fédération pour demander une dérogation, afin de disputer ses matchs à domicile à Tonneins, à vingt kilomètres.
À lire aussi : Élite 1 : le programme complet de la 3e journée
Selon nos informations, la fédération devrait rendre sa réponse la semaine prochaine. Une source fédérale évoque une demande «recevable sur le principe».
Le premier match à domicile des Marmandaises est programmé le 23 novembre face aux Lionnes du Lauragais.
Réagir""",
    [
        (
            "On fait des passes entre les voitures. On travaille la conquête sur un terrain de foot synthétique prêté deux fois par semaine, le mardi et le jeudi de 21h à 22h30. Ce n'est pas un championnat de haut niveau qu'on prépare, c'est du système D",
            "Cyril Lacombe-Darrigan",
            "Cyril Lacombe-Darrigan",
            "lâche",
        ),
        (
            "Quand les garçons de Fédérale 1 ont eu le même problème il y a trois ans, on leur a trouvé un terrain en dix jours.",
            "Cyril Lacombe-Darrigan",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Je ne veux pas faire de procès d'intention. Mais il faudra qu'on m'explique la différence",
            "Cyril Lacombe-Darrigan",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "On a gagné en précision, au moins. Quand tu rates une passe, le ballon finit sous une camionnette",
            "Laure Dufau",
            "la troisième ligne",
            "plaisante",
        ),
        (
            "Deux filles se sont tordu la cheville sur les ralentisseurs. Si ça continue, on arrivera à la première journée avec une infirmerie pleine.",
            "joueuse",
            "Une joueuse arrivée de Bayonne",
            "s'inquiète",
        ),
        (
            "en raison de la découverte de réseaux anciens non répertoriés",
            "mairie de Marmande",
            "La mairie de Marmande",
            "a fait savoir",
        ),
        ("activement", "mairie de Marmande", ("Elle indique", "Elle"), "indique"),
        (
            "Des courriels, j'en ai reçu quatre. Un terrain, je n'en ai toujours pas",
            "Bernard Sentenac",
            ("tranche-t-il", "il"),
            "tranche",
        ),
        ("recevable sur le principe", "source", "Une source fédérale", "évoque"),
    ],
    ["la Fourmi"],
)

article(
    "blind37-fr05",
    "fr",
    f"""Négociations commerciales : Coop’Alliance déréférence la Laiterie des Monts-Verts

Le groupement régional a retiré lundi une quarantaine de références de ses 212 magasins. Le fournisseur dénonce un «{NNB}chantage{NNB}».

Par Stéphanie Royer-Vallat – Publié le 03 mars 2025

Les rayons frais des supermarchés Coop’Alliance ont perdu leurs yaourts au lait entier, leurs fromages blancs et leurs beurres de baratte. Faute d’accord au terme des négociations annuelles, clôturées le 1er mars, le groupement coopératif a déréférencé l’ensemble des produits de la Laiterie des Monts-Verts, PME jurassienne de 180 salariés.
Dans un courrier adressé vendredi à ses fournisseurs, dont LSA a obtenu copie, la direction des achats de Coop’Alliance Distribution affirme avoir «{NNB}tout mis en œuvre pour aboutir à un accord équilibré{NNB}» et regrette «{NNB}des demandes de hausse sans rapport avec l’évolution réelle des coûts{NNB}».
Le directeur général du groupement, Fabrice Lenoir-Dumas, assume. «{NNB}Le fournisseur demandait 11{NNB}% de hausse. Nos clients, eux, n’ont pas eu 11{NNB}% d’augmentation de salaire. Notre rôle est de défendre leur pouvoir d’achat{NNB}», a-t-il déclaré à LSA.
Du côté de la laiterie, on parle d’un «{NNB}chantage{NNB}» et d’une négociation «{NNB}menée au chronomètre{NNB}». «{NNB}On nous a présenté le tarif final un vendredi à 19 heures, avec une réponse exigée le lundi matin, raconte son président, Hervé Monnier-Bailly. Ce n’est pas une négociation, c’est un ultimatum.{NNB}»
La PME réalisait environ 14{NNB}% de son chiffre d’affaires avec l’enseigne. «{NNB}Nous allons devoir réduire la collecte auprès de nos 95 producteurs{NNB}», prévient-il.
Dans les magasins, des affichettes «{NNB}Produit momentanément indisponible suite à un désaccord tarifaire{NNB}» ont fait leur apparition. Un procédé «{NNB}classique{NNB}», selon un acheteur d’une enseigne concurrente, qui estime que le bras de fer «{NNB}peut durer des mois{NNB}».
Lire aussi : Négociations 2025 : les industriels du lait sous pression
La Fédération des laiteries indépendantes de l’Est (FLIE) a saisi le médiateur des relations commerciales agricoles. «{NNB}Quand une enseigne retire quarante références du jour au lendemain, c’est toute une filière qu’on met en danger{NNB}», estime sa déléguée générale, Corinne Vautrin-Lhomme. Elle redoute un effet domino chez les autres distributeurs régionaux.
Sollicité, le cabinet du ministre de l’Agriculture n’a pas répondu. Coop’Alliance se dit «{NNB}ouverte à une reprise des discussions{NNB}», mais «{NNB}pas à n’importe quel prix{NNB}».
Partager : LinkedIn · X · E-mail""",
    [
        ("chantage", "Laiterie des Monts-Verts", "Le fournisseur", "dénonce"),
        (
            "tout mis en œuvre pour aboutir à un accord équilibré",
            "Coop’Alliance Distribution",
            "la direction des achats de Coop’Alliance Distribution",
            "affirme",
        ),
        (
            "des demandes de hausse sans rapport avec l’évolution réelle des coûts",
            "Coop’Alliance Distribution",
            "la direction des achats de Coop’Alliance Distribution",
            "regrette",
        ),
        (
            f"Le fournisseur demandait 11{NNB}% de hausse. Nos clients, eux, n’ont pas eu 11{NNB}% d’augmentation de salaire. Notre rôle est de défendre leur pouvoir d’achat",
            "Fabrice Lenoir-Dumas",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("chantage", "Laiterie des Monts-Verts", "la laiterie", "parle"),
        ("menée au chronomètre", "Laiterie des Monts-Verts", "la laiterie", "parle"),
        (
            "On nous a présenté le tarif final un vendredi à 19 heures, avec une réponse exigée le lundi matin",
            "Hervé Monnier-Bailly",
            "Hervé Monnier-Bailly",
            "raconte",
        ),
        (
            "Ce n’est pas une négociation, c’est un ultimatum.",
            "Hervé Monnier-Bailly",
            "Hervé Monnier-Bailly",
            "raconte",
        ),
        (
            "Nous allons devoir réduire la collecte auprès de nos 95 producteurs",
            "Hervé Monnier-Bailly",
            ("prévient-il", "il"),
            "prévient",
        ),
        ("classique", "acheteur", "un acheteur d’une enseigne concurrente", "selon"),
        ("peut durer des mois", "acheteur", "un acheteur d’une enseigne concurrente", "estime"),
        (
            "Quand une enseigne retire quarante références du jour au lendemain, c’est toute une filière qu’on met en danger",
            "Corinne Vautrin-Lhomme",
            "Corinne Vautrin-Lhomme",
            "estime",
        ),
        (
            "ouverte à une reprise des discussions",
            "Coop’Alliance Distribution",
            ("Coop’Alliance se dit", "Coop’Alliance"),
            "se dit",
        ),
        (
            "pas à n’importe quel prix",
            "Coop’Alliance Distribution",
            ("Coop’Alliance se dit", "Coop’Alliance"),
            "se dit",
        ),
    ],
    ["Produit momentanément indisponible suite à un désaccord tarifaire"],
)

article(
    "blind37-fr06",
    "fr",
    """Saint-Leu : les camions-bars priés de quitter le front de mer, les gérants crient à l'injustice

Par Zinfos974 - Publié le Jeudi 12 Juin 2025 à 16:48

Un arrêté municipal interdit depuis le 1er juin le stationnement des camions-bars sur le front de mer de Saint-Leu entre 18h et 6h. Une dizaine de gérants, installés pour certains depuis plus de quinze ans, ont manifesté ce jeudi devant l'hôtel de ville.
« Nou lé pa contan ! », scandaient les gérants devant les grilles, sous le regard de la police municipale. Ils ont appris la nouvelle par un courrier recommandé reçu fin mai, quelques jours seulement avant l'entrée en vigueur de l'arrêté.
« Mon camion, c'est mon seul revenu. J'ai trois enfants, un crédit sur le véhicule. Je vais où maintenant ? » interroge Jean-Max Payet, qui vend bouchons et samoussas au même emplacement depuis 2009. À ses côtés, Sabine Hoarau, gérante d'un camion de glaces, dénonce « une décision prise dans un bureau, sans jamais venir nous voir ».
Les camions-bars du front de mer, ici en 2023. (Photo d'illustration Zinfos974)
La municipalité justifie sa décision par des plaintes de riverains. Dans une publication sur sa page Facebook, le maire de Saint-Leu, Thierry Grondin-Técher, évoque « des nuisances sonores répétées, des déchets laissés sur la plage et des stationnements anarchiques ». « Le front de mer appartient à tout le monde, pas à ceux qui font le plus de bruit », écrit-il encore.
Contacté par Zinfos974, son adjoint chargé de la tranquillité publique, Alix Lebon, assure que la porte n'est pas fermée. « On propose aux gérants un emplacement sur le parking du stade, éclairé et sécurisé, a-t-il indiqué. On ne les met pas dehors, on les déplace. »
Une proposition balayée par les intéressés. « Le parking du stade, le soir, il n'y a personne. Les touristes, ils sont sur le front de mer, pas derrière les tribunes », rétorque Jean-Max Payet.
Lire aussi : Saint-Paul : le marché forain de nuit fait le plein
Une pétition intitulée « Touche pas à nos camions-bars » a recueilli plus de 3 400 signatures en une semaine. Un riverain de la rue du Général-Lambert, lui, soutient la mairie : « Jusqu'à deux heures du matin, la musique à fond, les moteurs qui tournent. On ne dort plus depuis des années. »
L'Union des commerçants ambulants de La Réunion (UCAR) a annoncé son intention de déposer un recours devant le tribunal administratif. « Nous demandons la suspension de l'arrêté en urgence », a précisé son président, Guy-Paul Fontaine.
Les gérants ont prévu de se rassembler à nouveau samedi soir, camions compris.
Réagir à cet article""",
    [
        ("Nou lé pa contan !", "gérants", "les gérants", "scandaient"),
        (
            "Mon camion, c'est mon seul revenu. J'ai trois enfants, un crédit sur le véhicule. Je vais où maintenant ?",
            "Jean-Max Payet",
            "Jean-Max Payet",
            "interroge",
        ),
        (
            "une décision prise dans un bureau, sans jamais venir nous voir",
            "Sabine Hoarau",
            "Sabine Hoarau",
            "dénonce",
        ),
        (
            "des nuisances sonores répétées, des déchets laissés sur la plage et des stationnements anarchiques",
            "Thierry Grondin-Técher",
            "Thierry Grondin-Técher",
            "évoque",
        ),
        (
            "Le front de mer appartient à tout le monde, pas à ceux qui font le plus de bruit",
            "Thierry Grondin-Técher",
            ("écrit-il", "il"),
            "écrit",
        ),
        (
            "On propose aux gérants un emplacement sur le parking du stade, éclairé et sécurisé",
            "Alix Lebon",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "On ne les met pas dehors, on les déplace.",
            "Alix Lebon",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "Le parking du stade, le soir, il n'y a personne. Les touristes, ils sont sur le front de mer, pas derrière les tribunes",
            "Jean-Max Payet",
            "Jean-Max Payet",
            "rétorque",
        ),
        (
            "Jusqu'à deux heures du matin, la musique à fond, les moteurs qui tournent. On ne dort plus depuis des années.",
            "riverain",
            "Un riverain de la rue du Général-Lambert",
            "soutient",
        ),
        (
            "Nous demandons la suspension de l'arrêté en urgence",
            "Guy-Paul Fontaine",
            "Guy-Paul Fontaine",
            "a précisé",
        ),
    ],
    ["Touche pas à nos camions-bars"],
)

article(
    "blind37-fr07",
    "fr",
    f"""Liège : «{NB}Ils visaient les plus fragiles{NB}», cinq ans requis contre les faux plombiers

Publié le 16/04/2025 à 18:31
Par Ludovic Hanssens

Deux frères de 31 et 36 ans comparaissaient ce mercredi devant le tribunal correctionnel de Liège pour une série d’escroqueries commises entre 2022 et 2024 chez des personnes âgées de la région de Seraing, Flémalle et Saint-Nicolas. Leur méthode était toujours la même : se présenter comme des plombiers mandatés par la commune pour un prétendu contrôle des canalisations, puis facturer des travaux fictifs à des prix exorbitants.
Au total, vingt-trois victimes ont été identifiées. Le préjudice dépasse 140.000 euros.
«{NB}Ils visaient les plus fragiles, ceux qui vivent seuls et qui n’osent pas dire non{NB}», a souligné le substitut du procureur du Roi, Nathalie Degreef, qui a requis cinq ans de prison ferme contre l’aîné et quatre ans contre le cadet. «{NB}Ce n’est pas de la plomberie, c’est de la prédation.{NB}»
Une dame de 87 ans, veuve depuis dix ans, a expliqué à la barre avoir payé 6.800 euros pour le remplacement d’un simple joint. «{NB}Ils étaient polis, bien habillés. L’un d’eux m’a même aidée à porter mes courses. Après, je n’ai plus osé ouvrir à personne.{NB}»
La présidente lui a demandé si elle reconnaissait les prévenus.
«{NB}Le grand, oui. Il m’appelait “ma petite dame”.{NB}»
Lire aussi : Seraing : un faux policier interpellé après une dizaine de vols chez des aînés
Le cadet, Kevin D., a reconnu une partie des faits. «{NB}J’ai suivi mon frère. Je savais que ce n’était pas normal, a-t-il admis, mais je n’ai jamais forcé personne à payer.{NB}»
L’aîné, lui, a tout nié. Son avocat, Me François-Xavier Lambotte, a plaidé l’acquittement pour une partie des préventions, estimant que certains travaux «{NB}avaient bel et bien été réalisés{NB}». «{NB}On ne peut pas condamner mon client pour des factures élevées. Être cher n’est pas un délit.{NB}»
Partie civile pour douze victimes, Me Aurore Delvaux a rappelé que plusieurs d’entre elles étaient décédées depuis les faits. «{NB}Elles sont parties sans avoir revu leur argent{NB}», a-t-elle lancé, visiblement émue.
L’ASBL Aînés Vigilants, qui accompagne les victimes d’arnaques à domicile, rappelle dans un communiqué qu’«{NB}aucune commune n’envoie de plombier sans prévenir par courrier{NB}» et invite les familles à afficher son numéro près du téléphone des personnes âgées.
Jugement le 14 mai.
Partager : Facebook Twitter""",
    [
        ("Ils visaient les plus fragiles", "Nathalie Degreef", None, None),
        (
            "Ils visaient les plus fragiles, ceux qui vivent seuls et qui n’osent pas dire non",
            "Nathalie Degreef",
            "Nathalie Degreef",
            "a souligné",
        ),
        (
            "Ce n’est pas de la plomberie, c’est de la prédation.",
            "Nathalie Degreef",
            None,
            None,
        ),
        (
            "Ils étaient polis, bien habillés. L’un d’eux m’a même aidée à porter mes courses. Après, je n’ai plus osé ouvrir à personne.",
            "dame",
            "Une dame de 87 ans",
            "a expliqué",
        ),
        ("Le grand, oui. Il m’appelait “ma petite dame”.", "dame", None, None),
        (
            "J’ai suivi mon frère. Je savais que ce n’était pas normal",
            "Kevin D.",
            ("a-t-il admis", "il"),
            "a-t-il admis",
        ),
        (
            "mais je n’ai jamais forcé personne à payer.",
            "Kevin D.",
            ("a-t-il admis", "il"),
            "a-t-il admis",
        ),
        (
            "avaient bel et bien été réalisés",
            "François-Xavier Lambotte",
            "François-Xavier Lambotte",
            "estimant",
        ),
        (
            "On ne peut pas condamner mon client pour des factures élevées. Être cher n’est pas un délit.",
            "François-Xavier Lambotte",
            None,
            None,
        ),
        (
            "Elles sont parties sans avoir revu leur argent",
            "Aurore Delvaux",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        (
            "aucune commune n’envoie de plombier sans prévenir par courrier",
            "ASBL Aînés Vigilants",
            "L’ASBL Aînés Vigilants",
            "rappelle",
        ),
    ],
)

article(
    "blind37-fr08",
    "fr",
    f"""La bibliothèque où l’on emprunte une scie ronde

À Saint-Cyprien-des-Monts, dans le Bas-Saint-Laurent, on ne prête pas que des romans. Depuis deux ans, l’«{NB}outilthèque{NB}» du village fait des petits partout au Québec.

Par Geneviève Thibodeau-Roy
16 avril 2025
Photo : Marc-André Pelletier pour L’actualité

Le mardi soir, entre 18 h et 20 h, la bibliothèque municipale de Saint-Cyprien-des-Monts ressemble davantage à une quincaillerie qu’à une salle de lecture. Sur les rayons du fond, entre les livres de cuisine et les bandes dessinées, s’alignent 214 outils : perceuses, tondeuses, un coupe-bordure, une scie à onglets, et même une déchiqueteuse à branches.
L’idée vient de Josée Bérubé, bénévole à la bibliothèque depuis 2011 et ancienne technicienne en génie civil. «{NB}Tout le monde dans le rang avait une perceuse qui dormait dans le cabanon. On s’est dit : pourquoi on ne les met pas en commun{NB}?{NB}» raconte-t-elle en réparant le cordon d’un taille-haie.
Le projet a démarré avec une quarantaine d’outils donnés par des citoyens. Il en compte aujourd’hui cinq fois plus, et quelque 310 abonnés, dans un village de 1 100 habitants.
«{NB}Au début, les gens étaient gênés. Ils pensaient que c’était pour les pauvres. Maintenant, le notaire vient emprunter la tondeuse{NB}», s’amuse la bibliothécaire en chef, Marie-Ève Lavoie-Dionne.
Lire aussi : Le retour des quincailleries de village
Le modèle a attiré l’attention. En 2024, le ministère de la Culture et des Communications a versé 25 000 $ pour l’achat d’étagères et d’un logiciel de réservation. Dans la lettre annonçant la subvention, le ministère qualifie l’outilthèque de «{NB}projet structurant pour la vitalité des petites bibliothèques{NB}».
Ancien propriétaire de la quincaillerie du village, fermée en 2016, Réjean Ouellet-Gagnon y voit une forme de revanche. «{NB}Quand j’ai fermé, on m’a dit : “Les gens vont tout acheter en ligne.” Ben, finalement, ils empruntent.
«{NB}Et ils viennent me voir pour savoir comment ça marche. J’ai jamais autant jasé d’outils de ma vie.{NB}»
Tout n’est pas rose. Une tondeuse est revenue sans lame, une perceuse n’est jamais revenue. Mme Bérubé hausse les épaules : «{NB}Sur deux ans, deux pertes. Les bibliothèques perdent plus de livres que ça.{NB}»
Josée Bérubé a tiré de l’expérience un petit guide, «{NB}Prêter le marteau{NB}», distribué gratuitement aux municipalités intéressées. Une dizaine d’entre elles, de la Gaspésie à l’Abitibi, ont déjà pris contact avec elle.
Pour le maire, Claude Saint-Laurent, l’outilthèque est devenue «{NB}le deuxième cœur du village, après l’église{NB}». Il promet d’agrandir le local l’an prochain, quitte à sacrifier la salle du conseil.
Partager : Facebook · LinkedIn · Courriel""",
    [
        (
            f"Tout le monde dans le rang avait une perceuse qui dormait dans le cabanon. On s’est dit : pourquoi on ne les met pas en commun{NB}?",
            "Josée Bérubé",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "Au début, les gens étaient gênés. Ils pensaient que c’était pour les pauvres. Maintenant, le notaire vient emprunter la tondeuse",
            "Marie-Ève Lavoie-Dionne",
            "Marie-Ève Lavoie-Dionne",
            "s’amuse",
        ),
        (
            "projet structurant pour la vitalité des petites bibliothèques",
            "ministère de la Culture et des Communications",
            "le ministère",
            "qualifie",
        ),
        (
            "Quand j’ai fermé, on m’a dit : “Les gens vont tout acheter en ligne.” Ben, finalement, ils empruntent.",
            "Réjean Ouellet-Gagnon",
            "Réjean Ouellet-Gagnon",
            None,
        ),
        (
            "Et ils viennent me voir pour savoir comment ça marche. J’ai jamais autant jasé d’outils de ma vie.",
            "Réjean Ouellet-Gagnon",
            None,
            None,
        ),
        (
            "Sur deux ans, deux pertes. Les bibliothèques perdent plus de livres que ça.",
            "Josée Bérubé",
            "Mme Bérubé",
            None,
        ),
        (
            "le deuxième cœur du village, après l’église",
            "Claude Saint-Laurent",
            "Claude Saint-Laurent",
            "Pour",
        ),
    ],
    ["outilthèque", "Prêter le marteau"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind37_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
