# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind32_fr.jsonl: a thirty-second blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: unpaid players striking at a women's
basketball club (BeBasket, basketball: a headline quote with a group cue, a multi-paragraph
quote, a control commission with a short name in brackets, an English quote, an interrupted
quote, a follow-on quote without a cue), lay-offs at a video-game studio before its release
(Gamekult, games industry: a headline quote without a cue, a game title and a term in marks,
plain-spaced marks, an internal message, an anonymous employee, a union with a short name in
brackets, a "trois questions" Q&A whose unmarked answers are not listed while a quote inside
them is, a Discord post in “ ”), municipal police officers poached between towns (La Gazette
des communes, local civil service: NNBSP padding, a dek quote with a group cue, an annual report
quoted without a speaker, an anonymous DGS, a quote after a colon with no speech verb), a
historic racing car excluded at scrutineering (Le Maine libre, motorsport: the stewards'
decision, a car's nickname in marks, an anonymous competitor), elephants leaving a Granby zoo
(La Voix de l'Est, Québec zoo: "de dire" cues, a mayor's communiqué, a keeper answering with no
speech verb), load-shedding in Conakry (Guinéenews, energy: unpadded marks and straight
apostrophes, a headline quote with a group cue, the utility's communiqué, an anonymous engineer,
an interrupted quote, a placard slogan), a delivery rider's contract requalified (Dalloz
actualité, labour law: a judgment quoted through the court and "les juges", a contract quoted
without a speaker, a platform's legal department) and a TV quiz champion's elimination
(Télé-Loisirs, television: NNBSP padding, a headline quote, a show title and a nickname in
marks, a Q&A with a nested “ ” remark from an unnamed husband, a production company speaking
through "on", a viewer's post in “ ”). Padding varies: NBSP, NNBSP, plain spaces, none. Gold
conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind32_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind32-fr01",
    "fr",
    f"""Ligue féminine : «{NB}On ne joue plus sans être payées{NB}», préviennent les joueuses de Vierzon

Par Camille Ruaud · Publié le 14 janvier 2025 à 19h32 · Mis à jour à 21h05

Les joueuses de l’Entente Vierzon Basket Féminin ne se présenteront pas samedi sur le parquet de Tarbes. Privées de salaire depuis deux mois, les douze professionnelles du club berrichon ont voté la grève à l’unanimité mardi soir, une première dans l’histoire de la Ligue féminine.
«{NB}Ce n’est pas un caprice. Certaines d’entre nous ne peuvent plus payer leur loyer. Une coéquipière dort chez moi depuis trois semaines.
«{NB}On aime ce club, on aime ce maillot. Mais on ne peut pas continuer à jouer gratuitement pendant que personne ne nous dit la vérité{NB}», a expliqué à BeBasket la capitaine, Océane Marchetti, 29 ans, au club depuis quatre saisons.
Photo : Entente Vierzon Basket Féminin / DR
Contacté, le président du club, Gérard Pelletan, reconnaît des «{NB}difficultés de trésorerie passagères{NB}». «{NB}Un partenaire important nous a lâchés en novembre. Les salaires de décembre seront versés d’ici la fin du mois, je m’y engage{NB}», a-t-il assuré, tout en jugeant la grève «{NB}disproportionnée{NB}».
Lire aussi : Ligue féminine : Tarbes garde la tête, Bourges recolle au classement
La Commission fédérale de contrôle de gestion (CFCG) avait pourtant alerté le club dès l’automne. Dans un courrier daté du 18 octobre, que BeBasket a pu consulter, elle relevait un déficit prévisionnel de 310 000 euros et demandait «{NB}des garanties bancaires sous quinze jours{NB}». Sollicitée, la commission indique qu’un nouvel examen du dossier aura lieu «{NB}dans les meilleurs délais{NB}» et n’exclut pas une rétrogradation administrative.
Côté joueuses, on attend des actes. «{NB}Des engagements, on en a eu en novembre, en décembre… Là, on veut voir l’argent sur nos comptes{NB}», tranche l’ailière américaine Kayla Brooks-Diallo, arrivée l’été dernier de l’université de Dayton. «{NB}I came here to play basketball, not to beg{NB}», a-t-elle ajouté en anglais.
L’entraîneur, Didier Cassagne, se retrouve pris entre deux feux. «{NB}Je comprends mes joueuses à 100 %. Je suis salarié comme elles, et moi non plus je n’ai pas été payé en décembre, confie le technicien. Mais une grève, c’est aussi des points perdus, et on joue le maintien.{NB}»
Le Syndicat national des basketteuses (SNB) a apporté son «{NB}soutien total{NB}» au mouvement dans un communiqué publié mercredi. «{NB}Aucune joueuse ne devrait avoir à choisir entre sa passion et son loyer{NB}», écrit l’organisation, qui réclame la création d’un fonds de garantie des salaires pour toute la division.
Le maire de Vierzon, Lionel Besnard, assure de son côté que la ville «{NB}ne laissera pas tomber le club{NB}», sans préciser si une subvention exceptionnelle serait votée au prochain conseil municipal.
En attendant, Océane Marchetti et ses coéquipières continueront de s’entraîner, mais sans jouer.
«{NB}On reste des sportives. Le jour où l’argent arrive, on est prêtes à reprendre le lendemain.{NB}»
Partager sur Facebook · Partager sur X · Copier le lien
Newsletter BeBasket : recevez chaque lundi le résumé de la journée de LFB. Je m’inscris""",
    [
        (
            "On ne joue plus sans être payées",
            "joueuses",
            ("préviennent les joueuses", "les joueuses"),
            "préviennent",
        ),
        (
            "Ce n’est pas un caprice. Certaines d’entre nous ne peuvent plus payer leur loyer. Une coéquipière dort chez moi depuis trois semaines.",
            "Océane Marchetti",
            "Océane Marchetti",
            "a expliqué",
        ),
        (
            "On aime ce club, on aime ce maillot. Mais on ne peut pas continuer à jouer gratuitement pendant que personne ne nous dit la vérité",
            "Océane Marchetti",
            "Océane Marchetti",
            "a expliqué",
        ),
        ("difficultés de trésorerie passagères", "Gérard Pelletan", "Gérard Pelletan", "reconnaît"),
        (
            "Un partenaire important nous a lâchés en novembre. Les salaires de décembre seront versés d’ici la fin du mois, je m’y engage",
            "Gérard Pelletan",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        ("disproportionnée", "Gérard Pelletan", ("a-t-il assuré", "il"), "jugeant"),
        (
            "des garanties bancaires sous quinze jours",
            "Commission fédérale de contrôle de gestion",
            ("elle relevait", "elle"),
            "demandait",
        ),
        (
            "dans les meilleurs délais",
            "Commission fédérale de contrôle de gestion",
            "la commission",
            "indique",
        ),
        (
            "Des engagements, on en a eu en novembre, en décembre… Là, on veut voir l’argent sur nos comptes",
            "Kayla Brooks-Diallo",
            "Kayla Brooks-Diallo",
            "tranche",
        ),
        (
            "I came here to play basketball, not to beg",
            "Kayla Brooks-Diallo",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "Je comprends mes joueuses à 100 %. Je suis salarié comme elles, et moi non plus je n’ai pas été payé en décembre",
            "Didier Cassagne",
            "le technicien",
            "confie",
        ),
        (
            "Mais une grève, c’est aussi des points perdus, et on joue le maintien.",
            "Didier Cassagne",
            "le technicien",
            "confie",
        ),
        (
            "soutien total",
            "Syndicat national des basketteuses",
            "Le Syndicat national des basketteuses",
            "a apporté",
        ),
        (
            "Aucune joueuse ne devrait avoir à choisir entre sa passion et son loyer",
            "Syndicat national des basketteuses",
            "l’organisation",
            "écrit",
        ),
        ("ne laissera pas tomber le club", "Lionel Besnard", "Lionel Besnard", "assure"),
        (
            "On reste des sportives. Le jour où l’argent arrive, on est prêtes à reprendre le lendemain.",
            "Océane Marchetti",
            None,
            None,
        ),
    ],
)

article(
    "blind32-fr02",
    "fr",
    """Licenciements chez Brumeloup : « On a fini le jeu pour apprendre qu’on partait »

Le studio montpelliérain, qui sort « Les Forges d’Ysaline » le 6 mars, se sépare de 34 personnes. Témoignages et entretien avec sa direction.

Par Théo Vasquez – 20 février 2025 à 11:04 – 47 commentaires

Ils ont passé trois ans sur « Les Forges d’Ysaline », le jeu de rôle que beaucoup attendaient pour ce printemps. Ils ne seront pas là pour son lancement. Le studio Brumeloup, installé à Montpellier depuis 2011, a annoncé lundi à ses équipes la suppression de 34 postes sur 120, soit plus d’un quart des effectifs.
« Après une revue approfondie de nos projets futurs, nous avons pris la décision difficile de réduire la taille de nos équipes », indique la direction dans un message interne que Gamekult a pu consulter. La direction y évoque « un marché qui a profondément changé » et promet un accompagnement « digne et humain ».
Sur le serveur Discord du studio, la nouvelle est tombée un lundi matin, à 9 h 30, sous la forme d’un simple message épinglé. « On a fini le jeu pour apprendre qu’on partait », résume une level designer, qui a requis l’anonymat. « On a fait des semaines de 60 heures cet hiver pour tenir la date. Personne ne nous a dit que c’était pour rien. »
Publicité
L’Union syndicale des métiers du jeu (USMJ), qui revendique une quinzaine d’adhérents chez Brumeloup, dénonce un « plan social déguisé en réorganisation ». Sa déléguée, Inès Coudray, pointe le calendrier : « Licencier trois semaines avant la sortie, c’est s’assurer que les gens restent jusqu’au bout sans pouvoir négocier. C’est cynique. »
Trois questions à Marc-Antoine Lefeuvre, directeur général de Brumeloup
Pourquoi maintenant, à quelques semaines de la sortie ?
Parce que les précommandes sont en dessous de nos projections, et qu’on ne peut pas attendre juin pour agir. Un salarié m’a écrit hier : « Tu nous as vendus. » Je l’entends. Mais mon rôle, c’est que Brumeloup existe encore dans deux ans.
Les équipes ont-elles fait des heures excessives ?
Il y a eu des heures supplémentaires, oui, toutes payées. Le mot « crunch » ne correspond pas à notre culture, et je le conteste fermement.
Les personnes licenciées figureront-elles au générique ?
Évidemment. Tous ceux qui ont travaillé sur le jeu y seront, sans exception.
Des promesses qui laissent sceptique Inès Coudray. « Au générique, très bien. Mais un nom dans un générique ne paie pas un loyer », répond la syndicaliste, qui réclame des indemnités supra-légales et un reclassement prioritaire dans les deux autres studios du groupe.
Le jeu, lui, sortira bien le 6 mars sur PC et consoles. Sur le Discord public de Brumeloup, les joueurs se mobilisent aussi. “Merci à ceux qui partent. Quand on lancera le jeu, on saura que c’est aussi le vôtre”, a écrit un utilisateur, Kaelith, dans un message qui cumule déjà plus de 4 000 réactions.
Lire aussi : Jeu vidéo : 2024, année noire pour l’emploi dans les studios français
Sur le même sujet : licenciements, studios, Montpellier""",
    [
        (
            "On a fini le jeu pour apprendre qu’on partait",
            "level designer",
            None,
            None,
        ),
        (
            "Après une revue approfondie de nos projets futurs, nous avons pris la décision difficile de réduire la taille de nos équipes",
            "Brumeloup",
            "la direction",
            "indique",
        ),
        ("un marché qui a profondément changé", "Brumeloup", "La direction", "évoque"),
        ("digne et humain", "Brumeloup", "La direction", "promet"),
        (
            "On a fini le jeu pour apprendre qu’on partait",
            "level designer",
            "une level designer",
            "résume",
        ),
        (
            "On a fait des semaines de 60 heures cet hiver pour tenir la date. Personne ne nous a dit que c’était pour rien.",
            "level designer",
            "une level designer",
            "résume",
        ),
        (
            "plan social déguisé en réorganisation",
            "Union syndicale des métiers du jeu",
            "L’Union syndicale des métiers du jeu",
            "dénonce",
        ),
        (
            "Licencier trois semaines avant la sortie, c’est s’assurer que les gens restent jusqu’au bout sans pouvoir négocier. C’est cynique.",
            "Inès Coudray",
            "Inès Coudray",
            "pointe",
        ),
        ("Tu nous as vendus.", "salarié", "Un salarié", "m’a écrit"),
        (
            "Au générique, très bien. Mais un nom dans un générique ne paie pas un loyer",
            "Inès Coudray",
            "la syndicaliste",
            "répond",
        ),
        (
            "Merci à ceux qui partent. Quand on lancera le jeu, on saura que c’est aussi le vôtre",
            "Kaelith",
            "Kaelith",
            "a écrit",
        ),
    ],
    ["Les Forges d’Ysaline", "Les Forges d’Ysaline", "crunch"],
)

article(
    "blind32-fr03",
    "fr",
    f"""Police municipale : entre communes de l’Essonne, la guerre des recrutements fait rage

Prime d’installation, logement, véhicule de service : pour attirer des agents, les villes surenchérissent. Les petites communes dénoncent un «{NNB}mercato{NNB}» qui les vide.

Publié le 03/04/2025 • Par Hélène Drouard • dans : France, Actu experts prévention sécurité, Toute l’actu RH

Au printemps dernier, la police municipale de Morsang-les-Prés comptait neuf agents. Il en reste quatre. «{NNB}Trois sont partis dans la même commune voisine, en l’espace de six mois. On forme, et d’autres récoltent{NNB}», soupire le maire (DVD), Jean-Claude Aubertin.
La commune voisine en question, Sainte-Aulde-sur-Orge, assume. Sa maire, Nathalie Ferreira-Gosse, a fait voter en décembre une prime d’installation de 4 000 euros et la mise à disposition de trois logements de fonction. «{NNB}Je n’ai débauché personne. Les agents sont libres de choisir leur employeur, et nous proposons simplement de meilleures conditions{NNB}», souligne-t-elle.
Un phénomène national
Selon l’Observatoire national des polices locales (ONPL), 38 % des communes de moins de 20 000 habitants ont perdu au moins un agent en 2024 au profit d’une autre collectivité. Son rapport annuel, publié en mars, constate que «{NNB}la concurrence entre collectivités s’est substituée à la coopération{NNB}» et recommande «{NNB}un encadrement des primes à l’embauche{NNB}».
Pour la Fédération autonome des polices municipales (FAPM), les élus récoltent ce qu’ils ont semé. «{NNB}Pendant quinze ans, on a demandé aux agents de faire le travail de la police nationale avec des salaires de catégorie C. Aujourd’hui, ils votent avec leurs pieds{NNB}», estime son secrétaire général, Rodolphe Anquetil, brigadier-chef principal à Évry-Courcouronnes.
Dans les petites communes, on cherche la parade. Un directeur général des services d’une ville de 8 000 habitants, qui préfère rester anonyme, raconte avoir fait signer aux nouvelles recrues un engagement moral de rester trois ans. «{NNB}Ça n’a aucune valeur juridique, on le sait tous. Mais ça crée un lien{NNB}», reconnaît-il.
Le remboursement de la formation, un outil méconnu
Les textes permettent pourtant à une collectivité d’obtenir de la commune d’accueil le remboursement d’une partie des frais de formation d’un agent parti dans les trois ans. «{NNB}C’est un outil sous-utilisé, par méconnaissance ou par crainte de se fâcher avec le voisin{NNB}», juge Sabine Orlhac, avocate en droit public à Paris. Mme Orlhac rappelle toutefois que ce remboursement reste «{NNB}plafonné et rarement réclamé{NNB}».
L’Union des maires ruraux de l’Essonne a écrit au préfet pour demander une réunion départementale sur le sujet. «{NNB}Nous ne demandons pas d’interdire la mobilité, nous demandons des règles du jeu{NNB}», plaide sa présidente, Martine Solère, maire de Boissy-la-Forêt.
M. Aubertin, lui, a déjà pris sa décision : «{NNB}Je ne recruterai plus de débutants. Je n’ai plus les moyens de former pour les autres.{NNB}»
Cet article est réservé aux abonnés
Thèmes abordés : Police municipale, Recrutement, Intercommunalité""",
    [
        ("mercato", "communes", "Les petites communes", "dénoncent"),
        (
            "Trois sont partis dans la même commune voisine, en l’espace de six mois. On forme, et d’autres récoltent",
            "Jean-Claude Aubertin",
            "Jean-Claude Aubertin",
            "soupire",
        ),
        (
            "Je n’ai débauché personne. Les agents sont libres de choisir leur employeur, et nous proposons simplement de meilleures conditions",
            "Nathalie Ferreira-Gosse",
            ("souligne-t-elle", "elle"),
            "souligne",
        ),
        (
            "la concurrence entre collectivités s’est substituée à la coopération",
            None,
            None,
            "constate",
        ),
        ("un encadrement des primes à l’embauche", None, None, "recommande"),
        (
            "Pendant quinze ans, on a demandé aux agents de faire le travail de la police nationale avec des salaires de catégorie C. Aujourd’hui, ils votent avec leurs pieds",
            "Rodolphe Anquetil",
            "Rodolphe Anquetil",
            "estime",
        ),
        (
            "Ça n’a aucune valeur juridique, on le sait tous. Mais ça crée un lien",
            "directeur général des services",
            ("reconnaît-il", "il"),
            "reconnaît",
        ),
        (
            "C’est un outil sous-utilisé, par méconnaissance ou par crainte de se fâcher avec le voisin",
            "Sabine Orlhac",
            "Sabine Orlhac",
            "juge",
        ),
        ("plafonné et rarement réclamé", "Sabine Orlhac", "Mme Orlhac", "rappelle"),
        (
            "Nous ne demandons pas d’interdire la mobilité, nous demandons des règles du jeu",
            "Martine Solère",
            "Martine Solère",
            "plaide",
        ),
        (
            "Je ne recruterai plus de débutants. Je n’ai plus les moyens de former pour les autres.",
            "Jean-Claude Aubertin",
            "M. Aubertin",
            None,
        ),
    ],
)

article(
    "blind32-fr04",
    "fr",
    """Grand Prix historique du Maine : exclue aux vérifications, l’écurie Bercé Racing crie au scandale

Sports mécaniques · Samedi 7 juin 2025, 18:47 · Par Nicolas Hervouët

Elle avait passé l’hiver à reconstruire, pièce par pièce, sa berlinette bleue de 1971, surnommée « la Bleue » par les habitués du paddock. L’écurie Bercé Racing, basée à Écommoy, ne prendra pourtant pas le départ, dimanche, de la course des voitures de sport d’avant 1975 au Grand Prix historique du Maine.
Vendredi soir, le collège des commissaires sportifs a prononcé son exclusion à l’issue des vérifications techniques. Dans leur décision, affichée au tableau officiel, les commissaires relèvent que « la cylindrée mesurée excède de 84 cm³ la valeur homologuée » et que « la fiche d’identité du véhicule ne mentionne aucune modification ».
Photo Le Maine libre – Jérôme Fardeau
« On nous traite comme des tricheurs. C’est insupportable », s’emporte Franck Guitton, le pilote et propriétaire de la voiture. « Si la cylindrée n’est pas bonne, alors elle ne l’est pas depuis cinquante ans. Personne ne nous l’a jamais reproché, ni ici ni ailleurs. »
Le Manceau assure avoir acheté le moteur « en l’état, avec ses papiers » en 2019, auprès d’un collectionneur belge. Il a déposé samedi matin un appel, qui n’est pas suspensif.
Lire aussi. Grand Prix historique : 212 voitures et 40 000 spectateurs attendus ce week-end
L’organisateur, l’Automobile Club historique de l’Ouest (ACHO), se retranche derrière le règlement. « Les commissaires sont indépendants. Nous ne commentons pas leurs décisions, mais nous les appliquons », a indiqué à notre rédaction son directeur, Pascal Mérot-Lainé. Il rappelle que « trois voitures ont été refoulées l’an dernier pour des motifs similaires » et que personne, à l’époque, n’avait crié au complot.
Dans le paddock, l’exclusion divise. « Quand on voit certaines voitures qui tournent deux secondes plus vite qu’en 1972, on se dit que les contrôles tombent toujours sur les mêmes », glisse un concurrent, sous couvert d’anonymat. Un commissaire technique bénévole défend au contraire « un travail minutieux, fait avec les mêmes outils pour tout le monde ».
Le copilote de Franck Guitton, son neveu Damien, tente de relativiser. « On a perdu une course, pas la voiture. On reviendra l’an prochain avec un moteur conforme, et on gagnera », promet le jeune homme de 23 ans.
Pour Franck Guitton, la pilule reste amère. Il sera pourtant au bord de la piste dimanche : « En spectateur. Ça fait mal, mais je ne vais pas rater ça. »
Abonnez-vous à partir de 1 € le premier mois
Sports mécaniques Circuit Le Mans Sarthe""",
    [
        (
            "la cylindrée mesurée excède de 84 cm³ la valeur homologuée",
            "collège des commissaires sportifs",
            "les commissaires",
            "relèvent",
        ),
        (
            "la fiche d’identité du véhicule ne mentionne aucune modification",
            "collège des commissaires sportifs",
            "les commissaires",
            "relèvent",
        ),
        (
            "On nous traite comme des tricheurs. C’est insupportable",
            "Franck Guitton",
            "Franck Guitton",
            "s’emporte",
        ),
        (
            "Si la cylindrée n’est pas bonne, alors elle ne l’est pas depuis cinquante ans. Personne ne nous l’a jamais reproché, ni ici ni ailleurs.",
            "Franck Guitton",
            "Franck Guitton",
            "s’emporte",
        ),
        ("en l’état, avec ses papiers", "Franck Guitton", "Le Manceau", "assure"),
        (
            "Les commissaires sont indépendants. Nous ne commentons pas leurs décisions, mais nous les appliquons",
            "Pascal Mérot-Lainé",
            "Pascal Mérot-Lainé",
            "a indiqué",
        ),
        (
            "trois voitures ont été refoulées l’an dernier pour des motifs similaires",
            "Pascal Mérot-Lainé",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
        (
            "Quand on voit certaines voitures qui tournent deux secondes plus vite qu’en 1972, on se dit que les contrôles tombent toujours sur les mêmes",
            "concurrent",
            "un concurrent",
            "glisse",
        ),
        (
            "un travail minutieux, fait avec les mêmes outils pour tout le monde",
            "commissaire technique",
            "Un commissaire technique bénévole",
            "défend",
        ),
        (
            "On a perdu une course, pas la voiture. On reviendra l’an prochain avec un moteur conforme, et on gagnera",
            "Damien",
            "le jeune homme de 23 ans",
            "promet",
        ),
        (
            "En spectateur. Ça fait mal, mais je ne vais pas rater ça.",
            "Franck Guitton",
            ("Il sera pourtant", "Il"),
            None,
        ),
    ],
    ["la Bleue"],
)

article(
    "blind32-fr05",
    "fr",
    f"""Les éléphantes du Zoo de la Yamaska partiront pour le Tennessee

MAXIME LAPOINTE
La Voix de l’Est
Publié le 12 septembre 2024 à 17h15

Après 31 ans à Granby, Tika et Mali s’apprêtent à quitter le Zoo de la Yamaska. La direction a confirmé jeudi que les deux éléphantes d’Afrique seraient transférées d’ici la fin octobre vers le sanctuaire Hollow Creek, un terrain de 1100 hectares situé au Tennessee. Une décision saluée par les groupes de défense des animaux, mais qui attriste bien des visiteurs de longue date.
«{NB}C’est la décision la plus difficile que nous ayons eu à prendre, mais c’est la bonne{NB}», a affirmé la directrice générale du zoo, Geneviève Tremblay-Roy, en conférence de presse. «{NB}Tika a 44 ans, Mali en a 41. Elles méritent de finir leur vie dans un espace qu’on ne pourra jamais leur offrir ici.{NB}»
PHOTO ALAIN DION, LA VOIX DE L’EST
Le transport, d’une durée de près de 30 heures, se fera par camion dans des caisses climatisées construites sur mesure. Les deux pachydermes s’y entraînent déjà depuis le printemps. «{NB}On les fait entrer dans la caisse tous les matins, on leur donne des courges, des pommes. Pour elles, c’est rendu un jeu{NB}», a raconté le soigneur Patrick Lussier, qui s’occupe de Tika depuis 1998.
Interrogé à savoir s’il allait s’ennuyer d’elles, M. Lussier a pris une longue pause. «{NB}Ben oui. C’est comme si mes enfants déménageaient. Mais je vais aller les voir, c’est promis.{NB}»
L’organisme Refuge Animal Québec, qui réclamait ce transfert depuis 2017, a salué «{NB}une victoire pour le bien-être animal{NB}». «{NB}Il n’y a pas de bonne façon de garder des éléphants dans un climat comme le nôtre, où ils passent six mois par année à l’intérieur{NB}», a soutenu sa porte-parole, Audrey Nadeau-Castonguay.
À l’hôtel de ville, on se montre compréhensif. «{NB}Le zoo fait partie de l’ADN de Granby. Les éléphants aussi. Mais les mentalités changent, et c’est correct comme ça{NB}», a fait savoir le maire, Réjean Fortier, par voie de communiqué.
Sur le site du zoo, jeudi, plusieurs visiteurs ont tenu à venir saluer les éléphantes une dernière fois. « Je suis venue ici avec mes parents, puis avec mes enfants. Là, c’était avec mon petit-fils », de dire Lise Bérubé, 67 ans, de Bromont, les yeux pleins d’eau. Son petit-fils, Olivier, 6 ans, avait apporté un dessin. « C’est pour qu’elles se souviennent de nous », a-t-il expliqué, très sérieux.
Le départ coûtera environ 400 000 $, une somme entièrement assumée par le sanctuaire américain, selon le zoo.
Quant à l’enclos, il sera transformé d’ici 2026 en habitat pour une famille de rhinocéros blancs. Il n’accueillera plus jamais d’éléphants, a tranché la directrice. «{NB}Pas au Zoo de la Yamaska. Plus jamais{NB}», a répété Mme Tremblay-Roy.
Partager
Ce contenu vous a plu? Abonnez-vous à notre infolettre.""",
    [
        (
            "C’est la décision la plus difficile que nous ayons eu à prendre, mais c’est la bonne",
            "Geneviève Tremblay-Roy",
            "Geneviève Tremblay-Roy",
            "a affirmé",
        ),
        (
            "Tika a 44 ans, Mali en a 41. Elles méritent de finir leur vie dans un espace qu’on ne pourra jamais leur offrir ici.",
            "Geneviève Tremblay-Roy",
            "Geneviève Tremblay-Roy",
            "a affirmé",
        ),
        (
            "On les fait entrer dans la caisse tous les matins, on leur donne des courges, des pommes. Pour elles, c’est rendu un jeu",
            "Patrick Lussier",
            "Patrick Lussier",
            "a raconté",
        ),
        (
            "Ben oui. C’est comme si mes enfants déménageaient. Mais je vais aller les voir, c’est promis.",
            "Patrick Lussier",
            "M. Lussier",
            None,
        ),
        (
            "une victoire pour le bien-être animal",
            "Refuge Animal Québec",
            "Refuge Animal Québec",
            "a salué",
        ),
        (
            "Il n’y a pas de bonne façon de garder des éléphants dans un climat comme le nôtre, où ils passent six mois par année à l’intérieur",
            "Audrey Nadeau-Castonguay",
            "Audrey Nadeau-Castonguay",
            "a soutenu",
        ),
        (
            "Le zoo fait partie de l’ADN de Granby. Les éléphants aussi. Mais les mentalités changent, et c’est correct comme ça",
            "Réjean Fortier",
            "Réjean Fortier",
            "a fait savoir",
        ),
        (
            "Je suis venue ici avec mes parents, puis avec mes enfants. Là, c’était avec mon petit-fils",
            "Lise Bérubé",
            "Lise Bérubé",
            "de dire",
        ),
        (
            "C’est pour qu’elles se souviennent de nous",
            "Olivier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Pas au Zoo de la Yamaska. Plus jamais",
            "Geneviève Tremblay-Roy",
            "Mme Tremblay-Roy",
            "a répété",
        ),
    ],
)

article(
    "blind32-fr06",
    "fr",
    """Délestages à Conakry : «Nous vivons dans le noir depuis trois semaines», s'indignent des habitants de Ratoma

Guinéenews | Par Mamadou Aliou Sow | 19 mars 2025

Dans plusieurs quartiers de la commune de Ratoma, l'électricité ne revient plus que trois à quatre heures par jour, souvent en pleine nuit. Commerçants, ménages et petites unités de production disent ne plus savoir à quel saint se vouer.
«Nous vivons dans le noir depuis trois semaines. Le courant arrive à 2 heures du matin et repart à 5 heures. Qu'est-ce qu'on peut faire avec ça ?», s'interroge Fatoumata Binta Diallo, vendeuse de jus de bissap au marché de Koloma. Ses congélateurs ne servent plus à rien, dit-elle : «J'ai jeté pour 600 000 francs de marchandise ce mois-ci.»
Même désarroi chez Ousmane Keïta, qui tient un atelier de soudure à Hamdallaye. «Sans courant, pas de travail. J'ai renvoyé mes deux apprentis à la maison la semaine dernière», explique-t-il.
Lire aussi : Kindia : les producteurs de mangues réclament une chaîne de froid
Interrogée, la Compagnie guinéenne de distribution d'électricité (CGDE) évoque une baisse du niveau des retenues d'eau et une avarie sur une turbine d'une centrale thermique de la capitale. Dans un communiqué publié lundi, la société dit «regretter les désagréments causés à sa clientèle» et assure que «la situation devrait s'améliorer progressivement d'ici la fin du mois».
Un ingénieur de la compagnie, qui a requis l'anonymat, se montre moins optimiste. «Le problème, ce n'est pas seulement la turbine. Le réseau de distribution est saturé depuis des années, et on rafistole. Tant qu'il n'y aura pas d'investissement lourd, ça va continuer», confie-t-il.
Face à la grogne, le ministre de l'Énergie, Alpha Oumar Bangoura, s'est rendu mercredi à Koloma. Devant les commerçants, il a promis «des solutions concrètes avant la fin du mois de Ramadan», évoquant la location de deux centrales flottantes. «Le gouvernement ne restera pas les bras croisés. Nous savons ce que vivent les populations», a déclaré le ministre.
L'accueil a été plutôt froid. Sur une pancarte brandie par des jeunes, on pouvait lire : «Pas de courant, pas de paix». Leur porte-parole, Mohamed Lamine Soumah, président d'une association de jeunes de Sonfonia, n'a pas mâché ses mots. «On nous dit patience, a-t-il lancé au ministre. Mais la patience, ça ne fait pas tourner les moulins à maïs.»
Selon lui, les jeunes du quartier sont prêts à «descendre dans la rue» si rien ne change d'ici à la fin du mois.
Partagez : Facebook Twitter WhatsApp
Guinéenews© - Toute reproduction interdite sans autorisation""",
    [
        (
            "Nous vivons dans le noir depuis trois semaines",
            "habitants",
            ("s'indignent des habitants", "habitants"),
            "s'indignent",
        ),
        (
            "Nous vivons dans le noir depuis trois semaines. Le courant arrive à 2 heures du matin et repart à 5 heures. Qu'est-ce qu'on peut faire avec ça ?",
            "Fatoumata Binta Diallo",
            "Fatoumata Binta Diallo",
            "s'interroge",
        ),
        (
            "J'ai jeté pour 600 000 francs de marchandise ce mois-ci.",
            "Fatoumata Binta Diallo",
            ("dit-elle", "elle"),
            "dit",
        ),
        (
            "Sans courant, pas de travail. J'ai renvoyé mes deux apprentis à la maison la semaine dernière",
            "Ousmane Keïta",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "regretter les désagréments causés à sa clientèle",
            "Compagnie guinéenne de distribution d'électricité",
            "la société",
            "dit",
        ),
        (
            "la situation devrait s'améliorer progressivement d'ici la fin du mois",
            "Compagnie guinéenne de distribution d'électricité",
            "la société",
            "assure",
        ),
        (
            "Le problème, ce n'est pas seulement la turbine. Le réseau de distribution est saturé depuis des années, et on rafistole. Tant qu'il n'y aura pas d'investissement lourd, ça va continuer",
            "ingénieur",
            ("confie-t-il", "il"),
            "confie",
        ),
        (
            "des solutions concrètes avant la fin du mois de Ramadan",
            "Alpha Oumar Bangoura",
            ("il a promis", "il"),
            "a promis",
        ),
        (
            "Le gouvernement ne restera pas les bras croisés. Nous savons ce que vivent les populations",
            "Alpha Oumar Bangoura",
            "le ministre",
            "a déclaré",
        ),
        (
            "On nous dit patience",
            "Mohamed Lamine Soumah",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Mais la patience, ça ne fait pas tourner les moulins à maïs.",
            "Mohamed Lamine Soumah",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("descendre dans la rue", "Mohamed Lamine Soumah", ("Selon lui", "lui"), "Selon"),
    ],
    ["Pas de courant, pas de paix"],
)

article(
    "blind32-fr07",
    "fr",
    f"""Plateformes de livraison : le conseil de prud'hommes de Bordeaux requalifie le contrat d'un coursier

Social | Contrat de travail
par Lucie Marchal-Féret, le 17 octobre 2024

Le conseil de prud'hommes de Bordeaux a requalifié, par un jugement du 8 octobre 2024, la relation liant un coursier à vélo à la plateforme de livraison Vélivrée en contrat de travail à durée indéterminée. La décision, dont il a été interjeté appel, s'inscrit dans un contentieux désormais abondant.
Le demandeur, M. Yacine B., avait livré des repas pour la société Vélivrée entre mars 2021 et août 2023 sous le statut d'auto-entrepreneur. Il soutenait que l'application fixait unilatéralement ses tarifs, géolocalisait en permanence ses trajets et le sanctionnait en cas de refus de commandes.
Un pouvoir de sanction caractérisé
Le conseil retient cette analyse. Il relève que la plateforme «{NB}disposait d'un pouvoir de sanction à l'égard du livreur, caractérisé par la désactivation temporaire de son compte après trois refus consécutifs{NB}». Il en déduit que «{NB}l'indépendance alléguée par la société est fictive{NB}».
La société invoquait pourtant son contrat de prestation, lequel stipule que le coursier «{NB}demeure libre de se connecter ou non à l'application, sans avoir à s'en justifier{NB}». Pour les juges, cette liberté «{NB}ne résiste pas à l'examen des conditions réelles d'exercice de l'activité{NB}», le livreur ayant perdu l'accès aux créneaux les plus rémunérateurs chaque fois qu'il en avait usé.
Le jugement alloue au demandeur un rappel de salaires, une indemnité pour travail dissimulé et des dommages-intérêts pour licenciement sans cause réelle et sérieuse.
Contacté, l'avocat du livreur, Me Arnaud Lestienne, salue «{NB}une décision pédagogique{NB}». «{NB}Le conseil ne s'est pas contenté de cocher des cases. Il a regardé comment l'algorithme traitait concrètement mon client{NB}», nous a-t-il indiqué. Joint par téléphone, M. B. s'est dit soulagé. «{NB}J'ai roulé deux ans pour eux. Aujourd'hui on me dit que j'étais leur salarié depuis le début. Moi, je le savais{NB}», a commenté M. B.
La société Vélivrée conteste. «{NB}Ce jugement méconnaît la jurisprudence la plus récente et la réalité de notre modèle, plébiscité par une large majorité de nos partenaires{NB}», a réagi son service juridique dans une déclaration transmise à Dalloz actualité.
Pour Hélène Vasseur-Quint, professeure de droit social à l'université de Poitiers, la solution «{NB}n'a rien de surprenant{NB}». «{NB}Le critère du pouvoir de sanction est désormais bien installé. Ce qui est plus intéressant, c'est la place donnée aux données de géolocalisation comme élément de preuve. Les juges ont lu les relevés de l'application comme on lirait un planning{NB}», analyse-t-elle.
Reste à savoir si la cour d'appel, saisie par la plateforme, confirmera ce raisonnement.
Documents et liens associés : Cons. prud'h. Bordeaux, 8 oct. 2024, n° 23/01457
© Éditions Dalloz 2024 – Sur la même thématique : Travailleurs des plateformes""",
    [
        (
            "disposait d'un pouvoir de sanction à l'égard du livreur, caractérisé par la désactivation temporaire de son compte après trois refus consécutifs",
            "conseil de prud'hommes de Bordeaux",
            ("Il relève", "Il"),
            "relève",
        ),
        (
            "l'indépendance alléguée par la société est fictive",
            "conseil de prud'hommes de Bordeaux",
            ("Il en déduit", "Il"),
            "déduit",
        ),
        (
            "demeure libre de se connecter ou non à l'application, sans avoir à s'en justifier",
            None,
            None,
            "stipule",
        ),
        (
            "ne résiste pas à l'examen des conditions réelles d'exercice de l'activité",
            "conseil de prud'hommes de Bordeaux",
            "les juges",
            "Pour",
        ),
        ("une décision pédagogique", "Arnaud Lestienne", "Arnaud Lestienne", "salue"),
        (
            "Le conseil ne s'est pas contenté de cocher des cases. Il a regardé comment l'algorithme traitait concrètement mon client",
            "Arnaud Lestienne",
            ("nous a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "J'ai roulé deux ans pour eux. Aujourd'hui on me dit que j'étais leur salarié depuis le début. Moi, je le savais",
            "Yacine B.",
            ("a commenté M. B.", "M. B."),
            "a commenté",
        ),
        (
            "Ce jugement méconnaît la jurisprudence la plus récente et la réalité de notre modèle, plébiscité par une large majorité de nos partenaires",
            "Vélivrée",
            "son service juridique",
            "a réagi",
        ),
        ("n'a rien de surprenant", "Hélène Vasseur-Quint", "Hélène Vasseur-Quint", "Pour"),
        (
            "Le critère du pouvoir de sanction est désormais bien installé. Ce qui est plus intéressant, c'est la place donnée aux données de géolocalisation comme élément de preuve. Les juges ont lu les relevés de l'application comme on lirait un planning",
            "Hélène Vasseur-Quint",
            ("analyse-t-elle", "elle"),
            "analyse",
        ),
    ],
)

article(
    "blind32-fr08",
    "fr",
    f"""«{NNB}J’ai paniqué{NNB}» : Margaux, la championne aux 41 victoires du «{NNB}Grand Duel{NNB}», a été éliminée

Après huit semaines et 287 400 euros de gains, la professeure de latin clermontoise a chuté ce mercredi. Elle se confie à Télé-Loisirs.

Publié le 05/12/2024 à 20:15 | Mis à jour le 05/12/2024 à 21:02
Par Julie Aubray

C’est la fin d’un règne. Margaux Vialatte, professeure de latin dans un lycée de Clermont-Ferrand, a été battue ce mercredi soir dans «{NNB}Le Grand Duel{NNB}», le jeu de fin d’après-midi de Canal Horizon, après 41 victoires consécutives et 287 400 euros de gains, un record pour l’émission.
Sur le plateau, l’animateur Thierry Lamarque n’a pas caché son émotion. «{NNB}Margaux, vous êtes entrée dans l’histoire de ce jeu. On ne vous oubliera pas{NNB}», a-t-il lancé, avant de lui remettre un bouquet sous les applaudissements du public.
La question fatale portait sur la date de la bataille d’Alésia. «{NNB}Je l’enseigne tous les ans à mes élèves{NNB}! J’ai paniqué, j’ai dit 46 au lieu de 52. Ils vont bien se moquer de moi lundi{NNB}», a-t-elle réagi en riant au micro de Télé-Loisirs, quelques minutes après l’enregistrement.
Son tombeur, Bastien Roche, 24 ans, étudiant en pharmacie à Lille, a confié : «{NNB}J’ai battu Margaux, mais je n’ai pas l’impression d’avoir gagné. Tout le monde sur le plateau était triste pour elle.{NNB}»
Télé-Loisirs : Qu’allez-vous faire de vos gains{NNB}?
Margaux Vialatte : Une partie ira à ma sœur, qui m’a inscrite sans me le dire. Le reste, ce sera un voyage à Rome. Mon mari a dit : “Tu as assez parlé des Romains, maintenant tu vas les voir.”
Télé-Loisirs : Comment avez-vous vécu cette célébrité soudaine{NNB}?
Margaux Vialatte : C’est étrange. Au supermarché, des gens m’arrêtent pour me poser des questions de culture générale{NNB}! Mes élèves, eux, m’appellent «{NNB}la Machine{NNB}». Je crois que c’est affectueux.
À lire aussi : «{NNB}Le Grand Duel{NNB}» : qui sont les plus grands champions de l’histoire du jeu{NNB}?
Contactée, la société de production Kalos Studio précise que l’émission enregistre «{NNB}cinq numéros par jour, deux jours par semaine{NNB}», ce qui explique que la défaite était connue des équipes depuis octobre. «{NNB}Nous avons respecté la confidentialité jusqu’au bout, à la demande de Margaux elle-même{NNB}», ajoute-t-on chez Kalos.
Sur les réseaux sociaux, les hommages se sont multipliés dès la diffusion. “Merci Margaux pour ces huit semaines de bonheur, ma grand-mère ne ratait aucun épisode”, a écrit une internaute sur X.
«{NNB}Des candidats comme elle, on en voit un tous les dix ans{NNB}», confiait récemment l’animateur dans nos colonnes. Canal Horizon a déjà annoncé que la championne serait invitée au «{NNB}Tournoi des maîtres{NNB}», en juin prochain.
Partager sur : Facebook · X · Pinterest · WhatsApp""",
    [
        ("J’ai paniqué", "Margaux Vialatte", None, None),
        (
            "Margaux, vous êtes entrée dans l’histoire de ce jeu. On ne vous oubliera pas",
            "Thierry Lamarque",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            f"Je l’enseigne tous les ans à mes élèves{NNB}! J’ai paniqué, j’ai dit 46 au lieu de 52. Ils vont bien se moquer de moi lundi",
            "Margaux Vialatte",
            ("a-t-elle réagi", "elle"),
            "a-t-elle réagi",
        ),
        (
            "J’ai battu Margaux, mais je n’ai pas l’impression d’avoir gagné. Tout le monde sur le plateau était triste pour elle.",
            "Bastien Roche",
            "Bastien Roche",
            "a confié",
        ),
        (
            "Tu as assez parlé des Romains, maintenant tu vas les voir.",
            "mari",
            "Mon mari",
            "a dit",
        ),
        (
            "cinq numéros par jour, deux jours par semaine",
            "Kalos Studio",
            "Kalos Studio",
            "précise",
        ),
        (
            "Nous avons respecté la confidentialité jusqu’au bout, à la demande de Margaux elle-même",
            "Kalos Studio",
            ("chez Kalos.", "Kalos"),
            "ajoute",
        ),
        (
            "Merci Margaux pour ces huit semaines de bonheur, ma grand-mère ne ratait aucun épisode",
            "internaute",
            "une internaute",
            "a écrit",
        ),
        (
            "Des candidats comme elle, on en voit un tous les dix ans",
            "Thierry Lamarque",
            "l’animateur",
            "confiait",
        ),
    ],
    ["Grand Duel", "Le Grand Duel", "la Machine", "Le Grand Duel", "Tournoi des maîtres"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind32_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
