# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind29_fr.jsonl: a twenty-ninth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: gillnetters tied up by a porpoise
closure (La Semaine dans le Boulonnais, a weekly, fisheries: a headline quote without a cue, a
prefectoral order quoted, an interrupted quote, a multi-paragraph testimony with a nested “ ”
saying, a banner slogan), official exams postponed after floods (Le Nouvelliste, Haïti, schools:
straight apostrophes, a dek quote with a group cue, a ministry note, a pupil's testimony with a
nested “ ” quote, an anonymous official, a campaign name in Creole), bats waking later in
Ardennes slate quarries (Belga wire, science: straight " marks, a journal title, an association's
communiqué, an anonymous civil servant), a cleaning staff strike in a Brussels hospital network
(BX1, unions: NNBSP padding, a headline quote, placard slogans, a subcontractor's communiqué, a
Dutch quote and its translation), a road-office director's embezzlement trial in Kisangani
(Radio Okapi, courts: an audit report quoted after qu'«, a courtroom exchange with cue-less
replies, a Lingala placard and its translation, an unnamed judicial source), a record cruise
season and a taxi blockade in Pointe-à-Pitre (RCI, Guadeloupe tourism: a Creole quote and its
translation, a multi-paragraph quote, an English quote in “ ”, a tourism slogan), a wrestling
bout at the Arène nationale (Le Soleil, Dakar sport: wrestlers' nicknames in marks, "a-t-il fait
savoir" cues, a quote after a colon without a speech verb, a Q&A whose unmarked answers are not
listed while a quote inside them is) and a deficit budget with a tax rise in Porrentruy (Le
Quotidien jurassien, municipal budgets: Swiss unpadded marks, the executive's message quoted, an
interrupted quote, a referendum committee's name, a follow-on quote without a cue). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind29_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind29-fr01",
    "fr",
    f"""Fileyeurs à quai : «{NB}On nous demande de choisir entre le marsouin et nos familles{NB}»

Depuis le 1er février, une trentaine de petits bateaux d’Étaples, de Boulogne et du Portel n’ont plus le droit de caler leurs filets. Un mois d’arrêt imposé pour protéger les marsouins, que les patrons pêcheurs vivent comme une punition.

Le Portel · Par Ludovic Caron · Publié le 06/02/2025 à 17h30

Sur le quai, les filets sont entassés sous des bâches, inutiles. Depuis samedi, le Sainte-Thérèse II, le fileyeur de 11 mètres de Grégory Delattre, ne quitte plus le port. «{NB}On nous demande de choisir entre le marsouin et nos familles. Un mois sans pêche, c’est un mois sans salaire pour trois marins{NB}», lâche le patron pêcheur de 44 ans, la casquette vissée sur le crâne.
L’arrêté, entré en vigueur le 1er février, interdit les filets calés entre le cap Gris-Nez et la baie d’Authie jusqu’au 1er mars. Dans ce texte, la préfecture maritime de la Manche et de la mer du Nord invoque «{NB}une mortalité incompatible avec le bon état de conservation de l’espèce{NB}» : une quarantaine de marsouins communs se sont échoués sur les plages de la Côte d’Opale l’hiver dernier, la plupart portant des traces de filets.
Lire aussi : Boulogne-sur-Mer : la criée affiche son plus faible tonnage depuis trente ans
Les pêcheurs ne contestent pas le constat. Ils contestent la méthode. «{NB}On a proposé des répulsifs acoustiques, on a proposé de relever les filets plus souvent. Personne ne nous a écoutés{NB}», assure Nathalie Fourny, présidente de l’Association des fileyeurs de la Côte d’Opale (AFCO), qui regroupe 34 bateaux. Selon elle, la fermeture représente «{NB}près de 900 000 euros{NB}» de chiffre d’affaires perdu pour la flottille.
«{NB}L’État a mis trois ans à publier ses études, poursuit Mme Fourny. Nous, on a eu dix jours pour nous organiser.{NB}»
Partager : Facebook · X · WhatsApp · E-mail
Contactée, la direction interrégionale de la mer Manche Est-mer du Nord (DIRM) assure que les indemnités seront versées «{NB}avant la fin du premier semestre{NB}». Le dispositif d’arrêt temporaire «{NB}est en cours de validation par la Commission européenne{NB}», précise-t-on à la DIRM, sans avancer de montant.
Pour Élodie Carpentier, biologiste à l’Observatoire des mammifères marins de Wimereux, la mesure est «{NB}nécessaire, mais elle arrive tard{NB}». «{NB}Les premiers échouages massifs datent de 2019. On savait déjà que les fileyeurs n’étaient pas seuls en cause : les chalutiers pélagiques ont aussi leur part{NB}», explique la chercheuse, qui regrette que ces derniers ne soient «{NB}pas concernés{NB}» par l’arrêté.
Photo : le Sainte-Thérèse II à quai au Portel, mardi. © LSB/Arnaud Leleu
Sur le quai, Kévin, 23 ans, matelot depuis cinq ans, raconte :
«{NB}Je suis payé à la part. Pas de pêche, pas de part. J’ai un crédit pour la voiture et un loyer de 600 euros, et ma banque, elle, ne s’arrête pas un mois.
«{NB}Mon père était fileyeur, mon grand-père aussi. Mon grand-père disait toujours : “La mer donne, la mer reprend.” Il n’avait pas prévu que ce serait la préfecture qui reprendrait.{NB}»
La flottille prévoit de manifester samedi matin devant la sous-préfecture de Boulogne-sur-Mer. Les banderoles sont déjà peintes : «{NB}Sauvez les marsouins, sauvez les marins{NB}». Le comité régional des pêches doit être reçu le 14 février par le préfet maritime. «{NB}On ira avec nos chiffres et nos propositions. S’ils ne veulent rien entendre, on bloquera le port{NB}», prévient Grégory Delattre.
Retrouvez toute l’actualité du Boulonnais chaque jeudi dans votre hebdomadaire, en vente chez votre marchand de journaux et en version numérique.""",
    [
        (
            "On nous demande de choisir entre le marsouin et nos familles",
            "Grégory Delattre",
            None,
            None,
        ),
        (
            "On nous demande de choisir entre le marsouin et nos familles. Un mois sans pêche, c’est un mois sans salaire pour trois marins",
            "Grégory Delattre",
            "le patron pêcheur",
            "lâche",
        ),
        (
            "une mortalité incompatible avec le bon état de conservation de l’espèce",
            "préfecture maritime de la Manche et de la mer du Nord",
            "la préfecture maritime de la Manche et de la mer du Nord",
            "invoque",
        ),
        (
            "On a proposé des répulsifs acoustiques, on a proposé de relever les filets plus souvent. Personne ne nous a écoutés",
            "Nathalie Fourny",
            "Nathalie Fourny",
            "assure",
        ),
        ("près de 900 000 euros", "Nathalie Fourny", ("Selon elle", "elle"), "Selon"),
        (
            "L’État a mis trois ans à publier ses études",
            "Nathalie Fourny",
            "Mme Fourny",
            "poursuit",
        ),
        (
            "Nous, on a eu dix jours pour nous organiser.",
            "Nathalie Fourny",
            "Mme Fourny",
            "poursuit",
        ),
        (
            "avant la fin du premier semestre",
            "direction interrégionale de la mer Manche Est-mer du Nord",
            "la direction interrégionale de la mer Manche Est-mer du Nord",
            "assure",
        ),
        (
            "est en cours de validation par la Commission européenne",
            "direction interrégionale de la mer Manche Est-mer du Nord",
            "la DIRM",
            "précise",
        ),
        ("nécessaire, mais elle arrive tard", "Élodie Carpentier", "Élodie Carpentier", "Pour"),
        (
            "Les premiers échouages massifs datent de 2019. On savait déjà que les fileyeurs n’étaient pas seuls en cause : les chalutiers pélagiques ont aussi leur part",
            "Élodie Carpentier",
            "la chercheuse",
            "explique",
        ),
        ("pas concernés", "Élodie Carpentier", "la chercheuse", "regrette"),
        (
            "Je suis payé à la part. Pas de pêche, pas de part. J’ai un crédit pour la voiture et un loyer de 600 euros, et ma banque, elle, ne s’arrête pas un mois.",
            "Kévin",
            "Kévin",
            "raconte",
        ),
        (
            "Mon père était fileyeur, mon grand-père aussi. Mon grand-père disait toujours : “La mer donne, la mer reprend.” Il n’avait pas prévu que ce serait la préfecture qui reprendrait.",
            "Kévin",
            "Kévin",
            "raconte",
        ),
        (
            "On ira avec nos chiffres et nos propositions. S’ils ne veulent rien entendre, on bloquera le port",
            "Grégory Delattre",
            "Grégory Delattre",
            "prévient",
        ),
    ],
    ["Sauvez les marsouins, sauvez les marins"],
)

article(
    "blind29-fr02",
    "fr",
    """Examens officiels : les épreuves de 9e AF reportées dans le Sud et la Grand'Anse

Le ministère de l'Éducation nationale invoque les dégâts causés par les pluies de la semaine dernière. Les syndicats d'enseignants parlent d'une décision « tardive ».

Roseline Thélusma | Le Nouvelliste
Publié le 2025-06-17

Les 23 400 candidats aux examens de 9e année fondamentale des départements du Sud et de la Grand'Anse ne composeront pas le 24 juin comme prévu. Dans une note publiée lundi soir, le ministère de l'Éducation nationale et de la Formation professionnelle (MENFP) annonce le report des épreuves au 8 juillet, « afin de garantir l'équité entre tous les candidats du pays ».
« Au moins 46 écoles devant servir de centres d'examen ont été endommagées ou sont occupées par des familles sinistrées. Il n'est pas envisageable d'y organiser des épreuves dans des conditions dignes », indique le MENFP dans cette note, signée par son directeur général.
Joint par téléphone, le ministre de l'Éducation nationale, Jean-Robert Désir, a défendu une décision « prise dans l'intérêt des enfants ». « Je comprends la frustration des parents. Mais je préfère un report de deux semaines à des examens passés sous des bâches, les pieds dans la boue », a-t-il ajouté.
LIRE AUSSI : Bac unique : les résultats attendus avant la fin juillet
L'Union nationale des enseignants haïtiens (UNEH) ne conteste pas le report, mais son calendrier. « Cela fait dix jours que nous alertons le ministère. Les directeurs savaient dès le 9 juin que leurs écoles étaient inutilisables », affirme son coordonnateur, Frantz Dorvilus. Lundi matin encore, des centaines d'élèves ont marché plusieurs heures pour se rendre aux dernières séances de révision. « Pendant que le ministère réfléchissait, des enfants traversaient des rivières en crue », a-t-il dénoncé.
À Jérémie, la directrice du lycée Anténor-Beauvoir, Marie-Claude Jean-Baptiste, héberge depuis une semaine 37 familles dans ses salles de classe. « Je ne vais pas mettre des gens dehors pour faire de la place aux examens, tranche Mme Jean-Baptiste. Ces familles ont tout perdu. » Elle estime toutefois que trois semaines suffiront pour « reloger tout le monde », avec l'aide de la mairie.
Rencontrée devant la barrière de l'établissement, Widline, 15 ans, a du mal à cacher sa déception. « J'avais tout révisé, même les dimanches. Ma mère m'a dit : “Ce n'est que partie remise, ma fille.” Mais moi, je voulais en finir », confie-t-elle.
Un cadre du ministère, qui a requis l'anonymat, reconnaît que « la décision aurait pu être prise plus tôt ». Il évoque « des lenteurs dans la remontée des rapports départementaux », certaines directions n'ayant toujours pas d'électricité.
Le report intervient alors que le MENFP mène depuis janvier une campagne baptisée « Lekòl kanpe djanm », censée encourager la scolarisation dans les zones rurales. Les parents, eux, s'interrogent sur le coût d'un nouveau déplacement. « Deux semaines de plus à Jérémie, pour nous qui venons de Dame-Marie, c'est un loyer et des repas en plus. Qui va payer ? », demande Elius Pierre-Louis, père de jumeaux candidats.
Les candidats des huit autres départements composeront bien à partir du 24 juin. Les résultats sont attendus « au plus tard le 15 août », selon le MENFP.
Partager cet article
Abonnez-vous au Nouvelliste pour ne rien manquer de l'actualité""",
    [
        ("tardive", "syndicats d'enseignants", "Les syndicats d'enseignants", "parlent"),
        (
            "afin de garantir l'équité entre tous les candidats du pays",
            "ministère de l'Éducation nationale et de la Formation professionnelle",
            "le ministère de l'Éducation nationale et de la Formation professionnelle",
            "annonce",
        ),
        (
            "Au moins 46 écoles devant servir de centres d'examen ont été endommagées ou sont occupées par des familles sinistrées. Il n'est pas envisageable d'y organiser des épreuves dans des conditions dignes",
            "ministère de l'Éducation nationale et de la Formation professionnelle",
            "le MENFP",
            "indique",
        ),
        ("prise dans l'intérêt des enfants", "Jean-Robert Désir", "Jean-Robert Désir", "a défendu"),
        (
            "Je comprends la frustration des parents. Mais je préfère un report de deux semaines à des examens passés sous des bâches, les pieds dans la boue",
            "Jean-Robert Désir",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Cela fait dix jours que nous alertons le ministère. Les directeurs savaient dès le 9 juin que leurs écoles étaient inutilisables",
            "Frantz Dorvilus",
            "Frantz Dorvilus",
            "affirme",
        ),
        (
            "Pendant que le ministère réfléchissait, des enfants traversaient des rivières en crue",
            "Frantz Dorvilus",
            ("a-t-il dénoncé", "il"),
            "a-t-il dénoncé",
        ),
        (
            "Je ne vais pas mettre des gens dehors pour faire de la place aux examens",
            "Marie-Claude Jean-Baptiste",
            "Mme Jean-Baptiste",
            "tranche",
        ),
        (
            "Ces familles ont tout perdu.",
            "Marie-Claude Jean-Baptiste",
            "Mme Jean-Baptiste",
            "tranche",
        ),
        ("reloger tout le monde", "Marie-Claude Jean-Baptiste", ("Elle estime", "Elle"), "estime"),
        (
            "J'avais tout révisé, même les dimanches. Ma mère m'a dit : “Ce n'est que partie remise, ma fille.” Mais moi, je voulais en finir",
            "Widline",
            ("confie-t-elle", "elle"),
            "confie",
        ),
        (
            "la décision aurait pu être prise plus tôt",
            "cadre",
            "Un cadre du ministère",
            "reconnaît",
        ),
        (
            "des lenteurs dans la remontée des rapports départementaux",
            "cadre",
            ("Il évoque", "Il"),
            "évoque",
        ),
        (
            "Deux semaines de plus à Jérémie, pour nous qui venons de Dame-Marie, c'est un loyer et des repas en plus. Qui va payer ?",
            "Elius Pierre-Louis",
            "Elius Pierre-Louis",
            "demande",
        ),
        (
            "au plus tard le 15 août",
            "ministère de l'Éducation nationale et de la Formation professionnelle",
            "le MENFP",
            "selon",
        ),
    ],
    ["Lekòl kanpe djanm"],
)

article(
    "blind29-fr03",
    "fr",
    """Les chauves-souris des ardoisières ardennaises se réveillent plus tard qu’il y a vingt ans

Belga
Publié le 12 mars 2025 à 11:42

(Belga) Plusieurs espèces de chauves-souris qui hibernent dans les anciennes ardoisières de la province de Luxembourg prolongent leur sommeil hivernal d’une douzaine de jours en moyenne par rapport au début des années 2000, selon une étude de l’Institut wallon d’écologie forestière (IWEF) publiée mercredi dans la revue "Annales de chiroptérologie européenne".

Les chercheurs ont suivi pendant vingt ans les colonies de onze ardoisières désaffectées entre Herbeumont et Vielsalm. "Nous avons compté les individus et relevé leur température cutanée chaque hiver depuis 2004, avec des caméras thermiques qui ne les dérangent pas", a expliqué à Belga Pauline Gilson, première auteure de l’étude.

"Le réveil intervient désormais vers la fin mars, contre la mi-mars au début des années 2000. Pour un petit mammifère, c’est énorme", poursuit la biologiste. Le grand rhinolophe et le murin à oreilles échancrées sont les plus concernés.

"Ce n’est pas forcément une mauvaise nouvelle, nuance-t-elle, mais cela signifie que les insectes dont elles se nourrissent ne sont peut-être plus au rendez-vous à leur réveil."

Image d’illustration © BELGA PHOTO MARC DEVOS

Les auteurs avancent plusieurs hypothèses, dont la stabilité croissante des températures dans les galeries. "Sur les onze sites, deux ont perdu plus de la moitié de leurs colonies depuis 2015. Là, il ne s’agit plus du climat, mais de la fréquentation humaine", souligne Thibault Renard, co-auteur de l’étude. Des traces de feux de camp et des tags ont été relevés dans plusieurs galeries pourtant interdites d’accès.

L’association Chiro-Ardenne, qui participe bénévolement aux comptages, a salué dans un communiqué "un travail de fourmi indispensable". Elle réclame "la fermeture hivernale, grilles à l’appui, de tous les sites d’hibernation connus".

Du côté de l’administration wallonne, on se montre prudent. Un responsable de l’administration régionale, qui n’a pas souhaité être cité, indique que "des mesures de protection supplémentaires seront étudiées site par site", en concertation avec les propriétaires des anciennes carrières.

L’écologue Henri Dujardin, qui n’a pas participé aux travaux, juge la série de données "remarquablement longue". Mais il met en garde : "Onze sites, c’est peu pour tirer des conclusions valables pour toute la Wallonie. Il faudra comparer avec les carrières du Tournaisis et les caves de la vallée de la Meuse."

L’IWEF prévoit d’étendre son suivi à une trentaine de sites d’ici 2027. Les comptages de l’hiver en cours s’achèveront fin mars. (Belga)

Partager sur Facebook    Partager sur X    Copier le lien""",
    [
        (
            "Nous avons compté les individus et relevé leur température cutanée chaque hiver depuis 2004, avec des caméras thermiques qui ne les dérangent pas",
            "Pauline Gilson",
            "Pauline Gilson",
            "a expliqué",
        ),
        (
            "Le réveil intervient désormais vers la fin mars, contre la mi-mars au début des années 2000. Pour un petit mammifère, c’est énorme",
            "Pauline Gilson",
            "la biologiste",
            "poursuit",
        ),
        (
            "Ce n’est pas forcément une mauvaise nouvelle",
            "Pauline Gilson",
            ("nuance-t-elle", "elle"),
            "nuance",
        ),
        (
            "mais cela signifie que les insectes dont elles se nourrissent ne sont peut-être plus au rendez-vous à leur réveil.",
            "Pauline Gilson",
            ("nuance-t-elle", "elle"),
            "nuance",
        ),
        (
            "Sur les onze sites, deux ont perdu plus de la moitié de leurs colonies depuis 2015. Là, il ne s’agit plus du climat, mais de la fréquentation humaine",
            "Thibault Renard",
            "Thibault Renard",
            "souligne",
        ),
        (
            "un travail de fourmi indispensable",
            "Chiro-Ardenne",
            "L’association Chiro-Ardenne",
            "a salué",
        ),
        (
            "la fermeture hivernale, grilles à l’appui, de tous les sites d’hibernation connus",
            "Chiro-Ardenne",
            ("Elle réclame", "Elle"),
            "réclame",
        ),
        (
            "des mesures de protection supplémentaires seront étudiées site par site",
            "responsable",
            "Un responsable de l’administration régionale",
            "indique",
        ),
        ("remarquablement longue", "Henri Dujardin", "Henri Dujardin", "juge"),
        (
            "Onze sites, c’est peu pour tirer des conclusions valables pour toute la Wallonie. Il faudra comparer avec les carrières du Tournaisis et les caves de la vallée de la Meuse.",
            "Henri Dujardin",
            ("il met en garde", "il"),
            "met en garde",
        ),
    ],
    ["Annales de chiroptérologie européenne"],
)

article(
    "blind29-fr04",
    "fr",
    f"""«{NNB}On nettoie tout, et on nous oublie{NNB}» : le personnel d’entretien des Hôpitaux de la Senne en grève

Société | Publié le 04/03/2025 à 16:12 | Par Sarah Van Hoorebeke

Une soixantaine de techniciennes et techniciens de surface ont cessé le travail ce mardi matin sur les trois sites des Hôpitaux de la Senne, à Anderlecht, Molenbeek et Bruxelles-Ville. Employés par la société de nettoyage Netalia, sous-traitante du réseau hospitalier, ils réclament une prime de pénibilité et le remplacement des collègues absents.
Devant l’entrée du site d’Anderlecht, une vingtaine de grévistes se relaient autour d’un brasero depuis 6 heures. Sur les pancartes, on peut lire «{NNB}Propres, mais pas gratuites{NNB}» ou «{NNB}Sans nous, pas d’hôpital{NNB}». Aïcha El Ghazi, 51 ans, nettoie les chambres du service de chirurgie depuis quatorze ans. «{NNB}On nettoie tout, les chambres, les blocs, les urgences, et on nous oublie. Quand une collègue est malade, on ne la remplace pas : on fait son étage en plus du nôtre{NNB}», explique-t-elle.
Le délégué Youssef Amrani, du Syndicat bruxellois des services (SBS), a déclaré aux grévistes : «{NNB}Depuis janvier, Netalia a supprimé six équivalents temps plein sur le site. Le travail, lui, n’a pas diminué. On ne demande pas la lune, on demande de pouvoir tenir jusqu’à la pension.{NNB}»
Selon le syndicat, les absences pour maladie ont augmenté de 30 % en un an parmi le personnel d’entretien. «{NNB}Les gens se cassent le dos, littéralement{NNB}», insiste M. Amrani.
Regardez le reportage de Sarah Van Hoorebeke et Kevin Moens :
[Vidéo] Grève du nettoyage aux Hôpitaux de la Senne
Dans un communiqué transmis en fin de matinée, Netalia dénonce «{NNB}une action disproportionnée{NNB}» et rappelle que «{NNB}les barèmes du secteur relèvent de la commission paritaire, pas d’un site en particulier{NNB}». L’entreprise assure par ailleurs qu’«{NNB}aucun poste n’a été supprimé{NNB}», évoquant des départs à la pension non remplacés «{NNB}dans l’attente d’une réorganisation{NNB}».
Côté hôpital, la direction se veut rassurante. «{NNB}La continuité des soins est garantie. Nous avons fait appel à une équipe de renfort pour les blocs opératoires et les soins intensifs{NNB}», précise Céline Dewaele, porte-parole des Hôpitaux de la Senne. Le réseau dit suivre «{NNB}avec attention{NNB}» un conflit qui oppose, rappelle-t-elle, «{NNB}un prestataire à son personnel{NNB}».
Pendant sa pause, une infirmière du service de gériatrie est venue apporter des croissants au piquet. «{NNB}Sans elles, on ne peut pas travailler. Les patients le savent mieux que la direction{NNB}», glisse-t-elle, avant de repartir en courant.
Lire aussi : Grève dans les crèches communales : les parents priés de s’organiser
Un peu plus loin, Hilde Goossens, 58 ans, dont trente passés dans les couloirs du site de Molenbeek, tient une pancarte bilingue. «{NNB}We willen gewoon respect{NNB}», lance-t-elle en néerlandais, avant de traduire : «{NNB}On veut juste du respect.{NNB}»
Une réunion de conciliation est prévue jeudi. D’ici là, le SBS annonce que le mouvement sera reconduit «{NNB}jour après jour{NNB}». «{NNB}On ne lâchera pas. Pas cette fois{NNB}», promet Aïcha El Ghazi.
Suivez BX1 sur Facebook, Instagram et X""",
    [
        ("On nettoie tout, et on nous oublie", "Aïcha El Ghazi", None, None),
        (
            "On nettoie tout, les chambres, les blocs, les urgences, et on nous oublie. Quand une collègue est malade, on ne la remplace pas : on fait son étage en plus du nôtre",
            "Aïcha El Ghazi",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Depuis janvier, Netalia a supprimé six équivalents temps plein sur le site. Le travail, lui, n’a pas diminué. On ne demande pas la lune, on demande de pouvoir tenir jusqu’à la pension.",
            "Youssef Amrani",
            "Youssef Amrani",
            "a déclaré",
        ),
        ("Les gens se cassent le dos, littéralement", "Youssef Amrani", "M. Amrani", "insiste"),
        ("une action disproportionnée", "Netalia", "Netalia", "dénonce"),
        (
            "les barèmes du secteur relèvent de la commission paritaire, pas d’un site en particulier",
            "Netalia",
            ("Netalia dénonce", "Netalia"),
            "rappelle",
        ),
        ("aucun poste n’a été supprimé", "Netalia", "L’entreprise", "assure"),
        ("dans l’attente d’une réorganisation", "Netalia", "L’entreprise", "évoquant"),
        (
            "La continuité des soins est garantie. Nous avons fait appel à une équipe de renfort pour les blocs opératoires et les soins intensifs",
            "Céline Dewaele",
            "Céline Dewaele",
            "précise",
        ),
        ("avec attention", "Hôpitaux de la Senne", "Le réseau", "dit"),
        (
            "un prestataire à son personnel",
            "Céline Dewaele",
            ("rappelle-t-elle", "elle"),
            "rappelle",
        ),
        (
            "Sans elles, on ne peut pas travailler. Les patients le savent mieux que la direction",
            "infirmière",
            ("glisse-t-elle", "elle"),
            "glisse",
        ),
        ("We willen gewoon respect", "Hilde Goossens", ("lance-t-elle", "elle"), "lance"),
        ("On veut juste du respect.", "Hilde Goossens", ("lance-t-elle", "elle"), "traduire"),
        ("jour après jour", "Syndicat bruxellois des services", "le SBS", "annonce"),
        ("On ne lâchera pas. Pas cette fois", "Aïcha El Ghazi", "Aïcha El Ghazi", "promet"),
    ],
    ["Propres, mais pas gratuites", "Sans nous, pas d’hôpital"],
)

article(
    "blind29-fr05",
    "fr",
    """Kisangani : l’ancien directeur de l’OPRT plaide non coupable dans l’affaire du pont de la Lindi

Publié le mer, 21/05/2025 - 14:37 | Modifié le mer, 21/05/2025 - 18:02

Le procès de Didier Bolamba Likwela, ancien directeur de l’Office provincial des routes de la Tshopo (OPRT), s’est ouvert mardi 20 mai devant le tribunal de grande instance de Kisangani. Il est poursuivi pour détournement de deniers publics dans le cadre de la construction d’un pont sur la rivière Lindi, jamais achevé.
Le prévenu, qui comparaît libre, a rejeté toutes les accusations. « Je n’ai pas détourné un seul franc. Tous les décaissements ont été validés par le conseil d’administration », a-t-il déclaré à la barre.
Selon l’acte d’accusation, 1,2 million de dollars américains ont été décaissés entre 2021 et 2023 pour un ouvrage de 80 mètres censé relier Kisangani aux villages de la rive droite. Le rapport de l’Inspection provinciale des finances, versé au dossier, relève qu’« aucun mètre cube de béton n’avait été coulé sur le site à la date du contrôle ».
Radio Okapi/Ph. Albert Mukendi
Les piliers inachevés du pont de la Lindi, à 14 km de Kisangani.
L’audience a été marquée par un long échange entre le président du tribunal, Jean-Marie Kabeya Tshimanga, et le prévenu.
« Où sont passés les 1,2 million de dollars ? », a demandé le juge.
« Ils ont servi à payer les études techniques, l’achat de ciment et les premières avances à l’entreprise », a répondu Didier Bolamba.
« Et où est ce ciment aujourd’hui ? »
« Il a été volé sur le chantier pendant la saison des pluies. Nous avions porté plainte. »
Le substitut du procureur, Patience Mbuyi Kalala, a qualifié ces explications de « fables ». « Aucune plainte pour vol n’a été enregistrée au parquet de Kisangani pendant cette période. Nous avons vérifié », a-t-elle affirmé, avant de requérir dix ans de servitude pénale principale et le remboursement intégral des sommes.
Me Gaston Lokondo, avocat de la défense, a dénoncé de son côté un « procès politique ». Selon lui, son client paie « pour des retards imputables au gouvernement provincial, qui n’a jamais versé la seconde tranche des fonds ».
Devant le palais de justice, une cinquantaine de membres de la Nouvelle société civile de la Tshopo ont manifesté pendant l’audience, brandissant des pancartes « Tolingi bosembo » (« Nous voulons la justice », en lingala). « Les habitants de la rive droite traversent toujours la Lindi en pirogue. Trois enfants s’y sont noyés l’année dernière », a rappelé sa présidente, Gracia Amisi Lokula, à Radio Okapi.
Une source judiciaire a confié à Radio Okapi que deux autres anciens responsables de l’OPRT pourraient être cités à comparaître, dont l’ancien comptable de l’office, « actuellement introuvable ».
Contacté, le gouvernement provincial de la Tshopo n’a pas souhaité commenter le dossier. Son porte-parole a seulement indiqué que l’exécutif « respecte l’indépendance de la justice ».
Le procès reprend le 3 juin avec l’audition des témoins, dont l’ingénieur chargé du suivi du chantier.
Articles similaires
Tshopo : les travaux de réhabilitation de la route Kisangani-Ubundu à l’arrêt
Kisangani : le marché central fermé après un incendie""",
    [
        (
            "Je n’ai pas détourné un seul franc. Tous les décaissements ont été validés par le conseil d’administration",
            "Didier Bolamba Likwela",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "aucun mètre cube de béton n’avait été coulé sur le site à la date du contrôle",
            "Inspection provinciale des finances",
            "l’Inspection provinciale des finances",
            "relève",
        ),
        (
            "Où sont passés les 1,2 million de dollars ?",
            "Jean-Marie Kabeya Tshimanga",
            "le juge",
            "a demandé",
        ),
        (
            "Ils ont servi à payer les études techniques, l’achat de ciment et les premières avances à l’entreprise",
            "Didier Bolamba Likwela",
            "Didier Bolamba",
            "a répondu",
        ),
        ("Et où est ce ciment aujourd’hui ?", "Jean-Marie Kabeya Tshimanga", None, None),
        (
            "Il a été volé sur le chantier pendant la saison des pluies. Nous avions porté plainte.",
            "Didier Bolamba Likwela",
            None,
            None,
        ),
        ("fables", "Patience Mbuyi Kalala", "Patience Mbuyi Kalala", "a qualifié"),
        (
            "Aucune plainte pour vol n’a été enregistrée au parquet de Kisangani pendant cette période. Nous avons vérifié",
            "Patience Mbuyi Kalala",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        ("procès politique", "Gaston Lokondo", "Gaston Lokondo", "a dénoncé de son côté"),
        (
            "pour des retards imputables au gouvernement provincial, qui n’a jamais versé la seconde tranche des fonds",
            "Gaston Lokondo",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Les habitants de la rive droite traversent toujours la Lindi en pirogue. Trois enfants s’y sont noyés l’année dernière",
            "Gracia Amisi Lokula",
            "Gracia Amisi Lokula",
            "a rappelé",
        ),
        ("actuellement introuvable", "source judiciaire", "Une source judiciaire", "a confié"),
        (
            "respecte l’indépendance de la justice",
            "gouvernement provincial de la Tshopo",
            "Son porte-parole",
            "a seulement indiqué",
        ),
    ],
    ["Tolingi bosembo", "Nous voulons la justice"],
)

article(
    "blind29-fr06",
    "fr",
    f"""Croisière : la saison démarre fort, les taxis de la Darse voient rouge

Rédaction RCI | Publié le 12 novembre 2024 à 17h45

Le Caribbean Aurora a accosté ce mardi matin au quai de la Darse, à Pointe-à-Pitre, avec 3 200 passagers à bord. C’est la première des 142 escales de paquebots attendues cette saison, un record selon le Grand Port de l’Archipel (GPA).
«{NB}Nous dépassons pour la première fois le niveau d’avant la crise sanitaire. C’est une excellente nouvelle pour les commerçants, les guides, les restaurateurs{NB}», s’est félicitée Murielle Sainte-Rose, présidente de l’Agence régionale du tourisme et des loisirs (ARTL), venue accueillir les croisiéristes au son du gwoka. Sur les banderoles de l’agence, le slogan de la saison : «{NB}L’archipel vous ouvre ses bras{NB}».
Écoutez le reportage de Fabienne Lacroix :
▶ 00:00 / 02:14
Mais sur le parking du terminal, l’ambiance est tout autre. Une quarantaine de chauffeurs de taxi bloquent depuis 7 heures l’accès des autocars. En cause : l’attribution par le GPA de la desserte exclusive des excursions à la société Caraïbes Évasion Transport. «{NB}Yo pran pen an bouch nou{NB}», lâche Raymond Bellegarde, président de l’Union des taxis de la Darse, avant de traduire pour les touristes qui l’observent, un peu perdus : «{NB}Ils nous ont retiré le pain de la bouche.{NB}»
Le syndicaliste, chauffeur depuis 26 ans, détaille :
«{NB}Avant, un paquebot, c’était trente ou quarante courses pour nous. Les passagers descendaient, on les emmenait à la plage, à la Soufrière, aux chutes du Carbet. Aujourd’hui, ils montent directement dans des bus climatisés réservés sur internet depuis Miami.
«{NB}On ne demande pas l’exclusivité, on demande une part. Le port appartient à tout le monde.{NB}»
Interrogé par RCI, le directeur général du GPA, Olivier Marie-Luce, défend un appel d’offres «{NB}parfaitement régulier{NB}». «{NB}Les compagnies de croisière exigent des véhicules assurés, climatisés, avec des guides formés. Les taxis pouvaient candidater, ils ne l’ont pas fait{NB}», a-t-il expliqué. Le port se dit «{NB}ouvert au dialogue{NB}» et propose une réunion jeudi en préfecture.
Lire aussi : Saison cyclonique : un bilan plus calme que prévu en Guadeloupe
Sur le quai, les passagers, eux, prennent leur mal en patience. “It’s our third cruise in the Caribbean, and the first time we see a strike. It’s part of the experience, I guess”, sourit Linda Morrison, une retraitée de l’Ohio, en attendant son car pour Sainte-Anne.
Place de la Victoire, les marchandes comptent les heures. «{NB}Un paquebot, c’est jusqu’à 30 % de mon chiffre de la semaine. Si les gens restent bloqués au port, ils n’achèteront pas mes épices{NB}», s’inquiète Josette, vendeuse au marché depuis trente ans.
En fin de matinée, la préfecture de la Guadeloupe a appelé «{NB}chacun à la responsabilité{NB}» et annoncé que les forces de l’ordre veilleraient à «{NB}la libre circulation des visiteurs{NB}». Les taxis ont levé leur barrage vers 13 heures, le temps de laisser repartir les cars, mais promettent de revenir à chaque escale.
Suivez RCI sur WhatsApp et recevez l’essentiel de l’info en Guadeloupe""",
    [
        (
            "Nous dépassons pour la première fois le niveau d’avant la crise sanitaire. C’est une excellente nouvelle pour les commerçants, les guides, les restaurateurs",
            "Murielle Sainte-Rose",
            "Murielle Sainte-Rose",
            "s’est félicitée",
        ),
        ("Yo pran pen an bouch nou", "Raymond Bellegarde", "Raymond Bellegarde", "lâche"),
        (
            "Ils nous ont retiré le pain de la bouche.",
            "Raymond Bellegarde",
            "Raymond Bellegarde",
            "traduire",
        ),
        (
            "Avant, un paquebot, c’était trente ou quarante courses pour nous. Les passagers descendaient, on les emmenait à la plage, à la Soufrière, aux chutes du Carbet. Aujourd’hui, ils montent directement dans des bus climatisés réservés sur internet depuis Miami.",
            "Raymond Bellegarde",
            "Le syndicaliste",
            "détaille",
        ),
        (
            "On ne demande pas l’exclusivité, on demande une part. Le port appartient à tout le monde.",
            "Raymond Bellegarde",
            "Le syndicaliste",
            "détaille",
        ),
        ("parfaitement régulier", "Olivier Marie-Luce", "Olivier Marie-Luce", "défend"),
        (
            "Les compagnies de croisière exigent des véhicules assurés, climatisés, avec des guides formés. Les taxis pouvaient candidater, ils ne l’ont pas fait",
            "Olivier Marie-Luce",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        ("ouvert au dialogue", "Grand Port de l’Archipel", "Le port", "se dit"),
        (
            "It’s our third cruise in the Caribbean, and the first time we see a strike. It’s part of the experience, I guess",
            "Linda Morrison",
            "Linda Morrison",
            "sourit",
        ),
        (
            "Un paquebot, c’est jusqu’à 30 % de mon chiffre de la semaine. Si les gens restent bloqués au port, ils n’achèteront pas mes épices",
            "Josette",
            "Josette",
            "s’inquiète",
        ),
        (
            "chacun à la responsabilité",
            "préfecture de la Guadeloupe",
            "la préfecture de la Guadeloupe",
            "a appelé",
        ),
        (
            "la libre circulation des visiteurs",
            "préfecture de la Guadeloupe",
            "la préfecture de la Guadeloupe",
            "annoncé",
        ),
    ],
    ["L’archipel vous ouvre ses bras"],
)

article(
    "blind29-fr07",
    "fr",
    f"""Lutte avec frappe : «{NB}Maintenant, je veux le roi des arènes{NB}», lance le vainqueur

Vainqueur dimanche à l’Arène nationale de Papis Sarr, dit « Éclair de Mbour », Ndiaga Faye, alias « Baobab de Rufisque », a validé son ticket pour les grandes affiches. Le camp adverse conteste la décision de l’arbitre.

Par Mamadou Lamine SECK
Publié le lundi 17 février 2025

Il aura fallu un peu plus de quatre minutes à Ndiaga Faye pour mettre fin au combat. Après un échange de coups dans lequel il a pris le dessus, le lutteur de Rufisque a profité d’une perte d’équilibre de son adversaire pour le faire chuter d’un croc-en-jambe. Une victoire nette pour l’arbitre, mais qui fait déjà polémique.
Au micro des journalistes, torse nu et couvert de sable, le vainqueur n’a pas tardé à lancer un défi. «{NB}Maintenant, je veux le roi des arènes. J’ai battu tous ceux qu’on m’a présentés, je n’ai plus rien à prouver dans ma catégorie{NB}», a-t-il martelé, sous les cris de ses supporters venus en nombre de Rufisque.
Son entraîneur, Abdou Karim Ndour, a salué «{NB}une préparation de huit mois, sans le moindre faux pas{NB}». «{NB}Nous avons travaillé la boxe à Thiès et la lutte sur la plage de Bargny. Ndiaga est arrivé au sommet de sa forme{NB}», a-t-il fait savoir.
(Photo : Pape Seydi Ndao)
Dans le camp de Mbour, la pilule ne passe pas. « Papis a glissé sur une bosse de sable. Ce n’est pas une chute, c’est un accident de terrain, et l’arbitre l’a vu comme tout le monde », a soutenu son manager, Ibrahima Diouf, qui annonce un recours auprès de la Commission nationale de la lutte (CNL).
Papis Sarr, lui, s’est montré plus mesuré : « Je respecte Ndiaga, c’est un grand lutteur. Mais je veux une revanche, et je l’aurai. »
Dans un communiqué publié dimanche soir, la CNL a indiqué qu’elle examinerait la réclamation « dès réception du dossier », tout en rappelant que « la décision de l’arbitre central est souveraine ».
Le promoteur du combat, Boubacar Mané, de la structure Gaïndé Productions, se frotte les mains : l’Arène nationale affichait complet, avec plus de 18 000 spectateurs. « C’est le plus beau combat de la saison, et il y en aura d’autres. Je suis déjà en discussion avec les deux plus grandes écuries du pays », a-t-il confié.
Lire aussi : Lutte : le calendrier de la saison 2025 dévoilé
TROIS QUESTIONS À... Ndiaga Faye, lutteur
Comment avez-vous préparé ce combat ?
Dans le silence. Je n’ai parlé à aucun journaliste pendant huit mois. Je me levais à 5 heures pour courir sur la plage, même pendant le ramadan.
Votre adversaire parle d’un accident de terrain...
Tout le monde glisse dans l’arène. Mon père me disait toujours : « Le sable ne choisit pas son camp, c’est à toi de le dompter. » Je l’ai dompté, voilà tout.
Qui voulez-vous affronter maintenant ?
Le roi des arènes, celui qui porte la couronne. Je ne citerai pas de nom, il se reconnaîtra.
Partager : Facebook Twitter WhatsApp""",
    [
        ("Maintenant, je veux le roi des arènes", "Ndiaga Faye", "le vainqueur", "lance"),
        (
            "Maintenant, je veux le roi des arènes. J’ai battu tous ceux qu’on m’a présentés, je n’ai plus rien à prouver dans ma catégorie",
            "Ndiaga Faye",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "une préparation de huit mois, sans le moindre faux pas",
            "Abdou Karim Ndour",
            "Abdou Karim Ndour",
            "a salué",
        ),
        (
            "Nous avons travaillé la boxe à Thiès et la lutte sur la plage de Bargny. Ndiaga est arrivé au sommet de sa forme",
            "Abdou Karim Ndour",
            ("a-t-il fait savoir", "il"),
            "a-t-il fait savoir",
        ),
        (
            "Papis a glissé sur une bosse de sable. Ce n’est pas une chute, c’est un accident de terrain, et l’arbitre l’a vu comme tout le monde",
            "Ibrahima Diouf",
            "Ibrahima Diouf",
            "a soutenu",
        ),
        (
            "Je respecte Ndiaga, c’est un grand lutteur. Mais je veux une revanche, et je l’aurai.",
            "Papis Sarr",
            "Papis Sarr",
            None,
        ),
        ("dès réception du dossier", "Commission nationale de la lutte", "la CNL", "a indiqué"),
        (
            "la décision de l’arbitre central est souveraine",
            "Commission nationale de la lutte",
            "la CNL",
            "rappelant",
        ),
        (
            "C’est le plus beau combat de la saison, et il y en aura d’autres. Je suis déjà en discussion avec les deux plus grandes écuries du pays",
            "Boubacar Mané",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Le sable ne choisit pas son camp, c’est à toi de le dompter.",
            "père",
            "Mon père",
            "disait",
        ),
    ],
    ["Éclair de Mbour", "Baobab de Rufisque"],
)

article(
    "blind29-fr08",
    "fr",
    """Porrentruy: un budget dans le rouge et une quotité d’impôt en hausse

Le Conseil de ville a accepté jeudi soir, par 24 voix contre 15, un budget 2025 déficitaire de 3,4 millions de francs, assorti d’une hausse d’impôt. L’opposition brandit déjà la menace du référendum.

Par Anaïs Froidevaux
Publié le 13 décembre 2024 à 06h00

Le débat a duré plus de quatre heures, mais l’issue ne faisait guère de doute. À Porrentruy, le Conseil de ville a approuvé jeudi le budget 2025 présenté par l’exécutif, qui prévoit un excédent de charges de 3,4 millions de francs pour des dépenses totales de 62 millions. La quotité d’impôt passera de 2,05 à 2,15.
«Nous n’avons pas le choix. Les charges liées imposées par le Canton ont augmenté de 1,8 million en deux ans, et nous ne maîtrisons aucune de ces dépenses», a plaidé le conseiller communal chargé des finances, Laurent Joray.
Dans son message au législatif, le Conseil communal avertissait que «sans mesure corrective, la fortune nette de la commune serait épuisée d’ici à 2028».
Le maire Claude-Alain Vuilleumier a de son côté rappelé que la Ville avait déjà réduit ses dépenses de fonctionnement «de 4% en trois ans». «On a coupé partout où on pouvait couper, jusqu’aux décorations de Noël, a-t-il lancé aux élus. Toucher encore aux subventions des sociétés locales, ce serait tuer ce qui fait vivre Porrentruy.»
Partager: Facebook / WhatsApp / E-mail
Un discours qui n’a pas convaincu les bancs de la droite. Pour le groupe Entente bruntrutaine, qui a voté contre en bloc, l’exécutif «préfère augmenter les impôts plutôt que de revoir ses priorités». Son chef de groupe, Jérôme Fleury, a pointé du doigt le projet de nouvelle patinoire, chiffré à 14 millions. «On demande aux contribuables de payer plus pendant qu’on dessine des projets de prestige. C’est indécent», a-t-il tonné.
M. Fleury n’exclut pas de soutenir un référendum. Un comité baptisé «Porrentruy n’est pas un tiroir-caisse» s’est d’ailleurs constitué dès vendredi matin. «Il nous faut 400 signatures en trente jours. On les aura en une semaine», assure l’une de ses initiatrices, la commerçante Mireille Bandelier.
Lire aussi: Delémont: le budget 2025 passe sans débat au Conseil de ville
Le groupe Alternative jurassienne a défendu, lui, un budget «responsable». «Ce n’est agréable pour personne. Mais refuser cette hausse, c’est renvoyer la facture à nos enfants», a estimé la conseillère de ville Sophie Crevoisier. Son groupe a toutefois obtenu, par voie d’amendement, le maintien de la gratuité des transports scolaires.
Du côté du Service cantonal des communes, on rappelle que Porrentruy n’est pas un cas isolé. «Une quinzaine de communes jurassiennes présentent un budget déficitaire pour 2025», indique son chef, Pascal Theurillat, qui qualifie toutefois la situation bruntrutaine de «préoccupante, mais pas alarmante».
«La dette par habitant reste dans la moyenne cantonale, et les investissements prévus sont raisonnables.»
Le délai référendaire court jusqu’au 20 janvier. En cas d’aboutissement, le budget serait soumis au peuple au printemps.""",
    [
        (
            "Nous n’avons pas le choix. Les charges liées imposées par le Canton ont augmenté de 1,8 million en deux ans, et nous ne maîtrisons aucune de ces dépenses",
            "Laurent Joray",
            "Laurent Joray",
            "a plaidé",
        ),
        (
            "sans mesure corrective, la fortune nette de la commune serait épuisée d’ici à 2028",
            "Conseil communal",
            "le Conseil communal",
            "avertissait",
        ),
        (
            "de 4% en trois ans",
            "Claude-Alain Vuilleumier",
            "Claude-Alain Vuilleumier",
            "a de son côté rappelé",
        ),
        (
            "On a coupé partout où on pouvait couper, jusqu’aux décorations de Noël",
            "Claude-Alain Vuilleumier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Toucher encore aux subventions des sociétés locales, ce serait tuer ce qui fait vivre Porrentruy.",
            "Claude-Alain Vuilleumier",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "préfère augmenter les impôts plutôt que de revoir ses priorités",
            "Entente bruntrutaine",
            "le groupe Entente bruntrutaine",
            "Pour",
        ),
        (
            "On demande aux contribuables de payer plus pendant qu’on dessine des projets de prestige. C’est indécent",
            "Jérôme Fleury",
            ("a-t-il tonné", "il"),
            "a-t-il tonné",
        ),
        (
            "Il nous faut 400 signatures en trente jours. On les aura en une semaine",
            "Mireille Bandelier",
            "Mireille Bandelier",
            "assure",
        ),
        (
            "responsable",
            "Alternative jurassienne",
            "Le groupe Alternative jurassienne",
            "a défendu",
        ),
        (
            "Ce n’est agréable pour personne. Mais refuser cette hausse, c’est renvoyer la facture à nos enfants",
            "Sophie Crevoisier",
            "Sophie Crevoisier",
            "a estimé",
        ),
        (
            "Une quinzaine de communes jurassiennes présentent un budget déficitaire pour 2025",
            "Pascal Theurillat",
            "Pascal Theurillat",
            "indique",
        ),
        ("préoccupante, mais pas alarmante", "Pascal Theurillat", "Pascal Theurillat", "qualifie"),
        (
            "La dette par habitant reste dans la moyenne cantonale, et les investissements prévus sont raisonnables.",
            "Pascal Theurillat",
            None,
            None,
        ),
    ],
    ["Porrentruy n’est pas un tiroir-caisse"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind29_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
