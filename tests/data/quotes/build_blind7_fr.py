# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind7_fr.jsonl: a seventh blind French quotation set (written for depeche, CC0).

Written from scratch by a helper (blind7fr) who never read the quotes code, so that its score is
an honest, blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on.
Every story, person, place and organisation is invented. Beats: a regional daily on a drought
and a water-restriction order (farmers' union against the prefect), a metropolitan daily on a
metro breakdown (commuters, the operator's statement, politicians), a business daily on
half-year results (PDG, CFO, analysts, a fund manager, the group's communiqué, a union rep), a
local radio on a village music festival, a newspaper portrait of a bell repairer (with a
multi-paragraph quote and an old saying of her late master), an AFP dispatch on a foreign
presidential election (translated quotes, spokesman, anonymous diplomat, crowd), an education
reform story (ministre, teachers' unions, parents, an anonymous inspector) and a hospital
emergency-room closure (ARS, doctors, a patient, the mayor). Padding varies: NBSP, NNBSP, plain
spaces, none; “ ” appear in two articles. Work titles, event names, slogans and labels in marks
are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind7_fr.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind7-fr01",
    "fr",
    f"""Sécheresse en Haute-Vilaine : les irrigants bloquent Rennac contre l’arrêté du préfet

Agriculture · Publié le 13/08/2026 à 07h12 · Modifié le 13/08/2026 à 09h48
Par Gwenola Le Taillandier

Le préfet de Haute-Vilaine, Olivier Descamps-Morel, a signé mardi soir un arrêté interdisant toute irrigation agricole entre 8 h et 20 h sur les deux tiers du département, désormais placé au niveau «{NB}crise{NB}». Mercredi matin, une cinquantaine de tracteurs bloquaient déjà le rond-point de la Croix-Hamon, à l’entrée de Rennac.
Le maïs de Yannick Perrot, à Pleumeur-en-Lande, a commencé à griller sur pied. | L’Éclaireur de l’Ouest / Mathieu Rolland
«{NB}On nous demande de regarder nos cultures mourir sans rien faire{NB}», lance Yannick Perrot, 52 ans, éleveur laitier à Pleumeur-en-Lande et président de la Fédération des exploitants de Haute-Vilaine (FEHV). «{NB}Le maïs, c’est la ration de mes vaches pour l’hiver. S’il grille maintenant, j’achète du fourrage à prix d’or en janvier.{NB}»
Le syndicaliste dénonce un arrêté «{NB}pris en catimini{NB}», sans la moindre concertation avec la profession. Selon lui, les éleveurs «{NB}ont déjà réduit leurs prélèvements de 30 % depuis juin{NB}» et ne peuvent pas aller plus loin sans mettre en péril leurs exploitations.
Lire aussi : Restrictions d’eau : quelles communes sont concernées en Haute-Vilaine ?
Du côté de la préfecture, on assume. «{NB}Les nappes sont à leur plus bas niveau depuis 1976. Nous n’avons pas le choix{NB}», a déclaré le préfet lors d’un point presse, mercredi après-midi. «{NB}L’eau potable passe avant tout le reste, a-t-il insisté. Je ne laisserai pas des communes se retrouver avec des camions-citernes en septembre.{NB}»
Vingt-trois communes du sud du département sont déjà alimentées en partie par des interconnexions d’urgence, et le syndicat des eaux du Bocage a demandé aux habitants de réduire leur consommation de 15 %.
Un cadre de la direction départementale des territoires (DDT), qui a requis l’anonymat, reconnaît toutefois que le calendrier «{NB}aurait pu être mieux expliqué{NB}». «{NB}On a publié l’arrêté un mardi à 22 heures. Forcément, ça passe mal{NB}», glisse-t-il.
Newsletter Agriculture : chaque jeudi, l’essentiel de l’actualité agricole de l’Ouest. Je m’inscris
Sur le rond-point, l’ambiance restait pourtant bon enfant. Des banderoles proclamaient «Pas d’eau, pas de lait» et «Paysans sacrifiés». Assise sur le marchepied de son tracteur, Maëlle Guéguen, 34 ans, maraîchère bio à Saint-Loup-du-Gast, résume : «Je fais des légumes. Sans arrosage, dans dix jours, je n’ai plus rien à vendre.»
La trentenaire ne partage pas pour autant toutes les revendications de la FEHV. Pour elle, «le vrai problème, ce sont les grandes retenues et les cultures trop gourmandes en eau».
La chambre d’agriculture a réclamé dans un communiqué «{NB}un assouplissement immédiat pour les cultures légumières et l’abreuvement des animaux{NB}». Une réunion doit se tenir vendredi à la préfecture. «{NB}Nous irons, mais pas pour faire de la figuration{NB}», a prévenu M. Perrot.
Partager : Facebook · X · WhatsApp · Copier le lien""",
    [
        (
            "On nous demande de regarder nos cultures mourir sans rien faire",
            "Yannick Perrot",
            "Yannick Perrot",
            "lance",
        ),
        (
            "Le maïs, c’est la ration de mes vaches pour l’hiver. S’il grille maintenant, j’achète du fourrage à prix d’or en janvier.",
            "Yannick Perrot",
            None,
            None,
        ),
        ("pris en catimini", "Yannick Perrot", "Le syndicaliste", "dénonce"),
        (
            "ont déjà réduit leurs prélèvements de 30 % depuis juin",
            "Yannick Perrot",
            ("Selon lui", "lui"),
            "Selon",
        ),
        (
            "Les nappes sont à leur plus bas niveau depuis 1976. Nous n’avons pas le choix",
            "Olivier Descamps-Morel",
            "le préfet",
            "a déclaré",
        ),
        (
            "L’eau potable passe avant tout le reste",
            "Olivier Descamps-Morel",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        (
            "Je ne laisserai pas des communes se retrouver avec des camions-citernes en septembre.",
            "Olivier Descamps-Morel",
            ("a-t-il insisté", "il"),
            "a-t-il insisté",
        ),
        ("aurait pu être mieux expliqué", "cadre", "Un cadre", "reconnaît"),
        (
            "On a publié l’arrêté un mardi à 22 heures. Forcément, ça passe mal",
            "cadre",
            ("glisse-t-il", "il"),
            "glisse-t-il",
        ),
        (
            "Je fais des légumes. Sans arrosage, dans dix jours, je n’ai plus rien à vendre.",
            "Maëlle Guéguen",
            "Maëlle Guéguen",
            "résume",
        ),
        (
            "le vrai problème, ce sont les grandes retenues et les cultures trop gourmandes en eau",
            "Maëlle Guéguen",
            ("Pour elle", "elle"),
            "Pour",
        ),
        (
            "un assouplissement immédiat pour les cultures légumières et l’abreuvement des animaux",
            "chambre d’agriculture",
            "La chambre d’agriculture",
            "a réclamé",
        ),
        (
            "Nous irons, mais pas pour faire de la figuration",
            "Yannick Perrot",
            "M. Perrot",
            "a prévenu",
        ),
    ],
    ["crise", "Pas d’eau, pas de lait", "Paysans sacrifiés"],
)

article(
    "blind7-fr02",
    "fr",
    """«On a été traités comme du bétail» : panne géante sur la ligne 4 du métro de Valmont

Par Thibault Arnoult et Inès Sadaoui
Le 3 mars 2026 à 21h17, modifié le 4 mars 2026 à 09h45

Près de 90 000 voyageurs bloqués, des rames immobilisées en plein tunnel pendant plus d'une heure et des quais saturés jusque sur le trottoir : la panne électrique qui a paralysé mardi soir la ligne 4 du métro de Valmont, entre 17h40 et 20h15, restera comme l'une des pires de ces dernières années.
Sandrine Kolar, 41 ans, aide-soignante, était coincée dans une rame entre les stations Jaurès et Gare-Saint-Amand. «On a été traités comme du bétail. Pas une annonce pendant quarante minutes, la lumière qui s'éteint, des gens qui commencent à paniquer», raconte-t-elle, encore secouée, au Valmontais. Une femme enceinte a fait un malaise dans la voiture voisine. «Des voyageurs ont fini par forcer les portes, on est sortis à pied dans le tunnel avec les lampes des téléphones», ajoute la quadragénaire.
Mardi soir, station Gare-Saint-Amand, vers 19 heures. Le Valmontais/Julien Fortier
À lire aussi › Métro de Valmont : la ligne 4 fermera tous les soirs à 22 heures cet été
À la Régie des transports de Valmont (RTV), on évoque « un incident rare » sur un poste d'alimentation électrique situé à hauteur de la station Bellevue. « Un câble haute tension a cédé, vraisemblablement à la suite d'un échauffement. La sécurité des voyageurs n'a jamais été compromise », assure la direction de la RTV dans un communiqué diffusé mardi à 23 heures.
Le directeur du réseau métro, Patrice Vannier, s'est excusé mercredi matin sur les ondes d'une radio locale. « Quarante minutes sans information, c'est inacceptable. Je le dis clairement : nous avons failli », a reconnu le responsable, qui promet « un audit complet » des procédures d'évacuation d'ici à la fin du mois.
Des explications qui ne convainquent pas le collectif « Ligne 4 en colère », créé en 2023 après une série d'incidents. Pour son porte-parole, Hugo Dambrine, « ce n'est pas un incident, c'est le résultat de quinze ans de sous-investissement ». « Les pannes, on les compte chaque semaine. Mardi, il y a juste eu plus de monde pour les voir. »
📩 Recevez chaque matin l'essentiel de l'actualité de Valmont. Je m'abonne
La présidente de la métropole, Claire Oudinot-Barre, a exigé de la RTV « un rapport détaillé sous huit jours ». Son principal opposant, le conseiller métropolitain Fabrice Lenglet, réclame lui la démission du directeur général de la régie. « Quand un réseau s'effondre un mardi à l'heure de pointe, quelqu'un doit en répondre », a-t-il tweeté dans la soirée.
Mercredi matin, le trafic avait repris normalement, mais la méfiance reste de mise. Sur le quai de Gare-Saint-Amand, un café à la main, Mamadou Keïta n'attend plus grand-chose. “Moi, je prends déjà le bus de 7 heures pour être sûr d'arriver en cours, lâche l'étudiant de 19 ans. Ils peuvent faire tous les audits qu'ils veulent.”
Partager""",
    [
        ("On a été traités comme du bétail", "Sandrine Kolar", None, None),
        (
            "On a été traités comme du bétail. Pas une annonce pendant quarante minutes, la lumière qui s'éteint, des gens qui commencent à paniquer",
            "Sandrine Kolar",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            "Des voyageurs ont fini par forcer les portes, on est sortis à pied dans le tunnel avec les lampes des téléphones",
            "Sandrine Kolar",
            "la quadragénaire",
            "ajoute",
        ),
        (
            "un incident rare",
            "Régie des transports de Valmont",
            "Régie des transports de Valmont",
            "évoque",
        ),
        (
            "Un câble haute tension a cédé, vraisemblablement à la suite d'un échauffement. La sécurité des voyageurs n'a jamais été compromise",
            "Régie des transports de Valmont",
            "la direction de la RTV",
            "assure",
        ),
        (
            "Quarante minutes sans information, c'est inacceptable. Je le dis clairement : nous avons failli",
            "Patrice Vannier",
            "le responsable",
            "a reconnu",
        ),
        ("un audit complet", "Patrice Vannier", "le responsable", "promet"),
        (
            "ce n'est pas un incident, c'est le résultat de quinze ans de sous-investissement",
            "Hugo Dambrine",
            "Hugo Dambrine",
            "Pour",
        ),
        (
            "Les pannes, on les compte chaque semaine. Mardi, il y a juste eu plus de monde pour les voir.",
            "Hugo Dambrine",
            None,
            None,
        ),
        (
            "un rapport détaillé sous huit jours",
            "Claire Oudinot-Barre",
            "Claire Oudinot-Barre",
            "a exigé",
        ),
        (
            "Quand un réseau s'effondre un mardi à l'heure de pointe, quelqu'un doit en répondre",
            "Fabrice Lenglet",
            ("a-t-il tweeté", "il"),
            "a-t-il tweeté",
        ),
        (
            "Moi, je prends déjà le bus de 7 heures pour être sûr d'arriver en cours",
            "Mamadou Keïta",
            "l'étudiant",
            "lâche",
        ),
        (
            "Ils peuvent faire tous les audits qu'ils veulent.",
            "Mamadou Keïta",
            "l'étudiant",
            "lâche",
        ),
    ],
    ["Ligne 4 en colère"],
)

article(
    "blind7-fr03",
    "fr",
    f"""Sorelia déçoit la Bourse malgré un bénéfice en hausse

Le spécialiste des plats surgelés a vu son chiffre d’affaires reculer de 2,3 % au premier semestre. Sa PDG, Anne-Laure Fontenoy, promet un «{NNB}retour à la croissance{NNB}» dès 2027.

Par Céline Marchadier
Publié le 29 juil. 2026 à 8:04 Mis à jour le 29 juil. 2026 à 17:52
Temps de lecture : 3 min
Ajouter à mes articles

Le titre Sorelia a chuté de 9 % en séance mardi, avant de clôturer en repli de 6,4 %, au lendemain de la publication de résultats semestriels jugés décevants. Sur les six premiers mois de l’année, le groupe agroalimentaire a réalisé un chiffre d’affaires de 1,41 milliard d’euros, en recul de 2,3 %, pour un résultat net de 62 millions d’euros, en hausse de 4 %.
«{NNB}Le semestre a été difficile en volumes, nous ne le cachons pas. Mais nous avons protégé nos marges et notre trésorerie{NNB}», a déclaré Anne-Laure Fontenoy lors d’une conférence téléphonique avec les analystes. La dirigeante, arrivée à la tête du groupe en janvier 2025, a longuement défendu son plan «{NNB}Cap 2028{NNB}», qui prévoit la fermeture de deux usines et un recentrage sur les plats cuisinés.
«{NNB}Nous avons trop longtemps voulu être partout, a-t-elle expliqué. Aujourd’hui, nous choisissons nos batailles.{NNB}»
Le directeur financier, Benoît Chazal, a pour sa part évoqué «{NNB}un effet prix négatif{NNB}» lié aux négociations commerciales avec la grande distribution. «{NNB}Nous avons concédé en moyenne 1,8 % de baisse de tarifs en mars. C’était le prix à payer pour conserver nos référencements{NNB}», a précisé M. Chazal.
Lire aussi :
Surgelés : la grande distribution durcit le ton face aux industriels
Les analystes sont restés sur leur faim. «{NNB}Le discours sur les marges est rassurant, mais on ne voit toujours pas d’où viendra la croissance{NNB}», juge Jérôme Azoulay, analyste chez Kessel & Cie. Pour lui, l’objectif d’une marge opérationnelle de 9 % en 2028 reste «{NNB}ambitieux, pour ne pas dire optimiste{NNB}».
«{NNB}La direction a raté l’occasion de donner un chiffre précis sur les cessions. Le marché déteste le flou{NNB}», confie de son côté le gérant d’un fonds parisien qui détient des titres Sorelia depuis 2019.
Dans son communiqué, le groupe indique que les fermetures des sites de Lisoire et de Vaudrey-sur-Saône concerneront «{NNB}environ 340 salariés{NNB}», auxquels des «{NNB}solutions de reclassement seront proposées au cas par cas{NNB}».
Newsletter Industrie & Services — Recevez chaque matin l’actualité des entreprises. S’inscrire
Une promesse qui ne rassure guère Rémi Gaspard, délégué syndical central. «{NNB}On nous parle de batailles choisies. Pour les salariés de Lisoire, la bataille est perdue d’avance{NNB}», a-t-il réagi auprès du Journal des affaires. Une intersyndicale doit se réunir jeudi au siège du groupe, à Cergy-Vauréal.
La PDG présentera le détail du plan aux représentants du personnel le 10 septembre. Le consensus des analystes table désormais sur un chiffre d’affaires annuel de 2,8 milliards d’euros, contre 2,9 milliards avant la publication.""",
    [
        ("retour à la croissance", "Anne-Laure Fontenoy", "Anne-Laure Fontenoy", "promet"),
        (
            "Le semestre a été difficile en volumes, nous ne le cachons pas. Mais nous avons protégé nos marges et notre trésorerie",
            "Anne-Laure Fontenoy",
            "Anne-Laure Fontenoy",
            "a déclaré",
        ),
        (
            "Nous avons trop longtemps voulu être partout",
            "Anne-Laure Fontenoy",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            "Aujourd’hui, nous choisissons nos batailles.",
            "Anne-Laure Fontenoy",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        ("un effet prix négatif", "Benoît Chazal", "Benoît Chazal", "a pour sa part évoqué"),
        (
            "Nous avons concédé en moyenne 1,8 % de baisse de tarifs en mars. C’était le prix à payer pour conserver nos référencements",
            "Benoît Chazal",
            "M. Chazal",
            "a précisé",
        ),
        (
            "Le discours sur les marges est rassurant, mais on ne voit toujours pas d’où viendra la croissance",
            "Jérôme Azoulay",
            "Jérôme Azoulay",
            "juge",
        ),
        (
            "ambitieux, pour ne pas dire optimiste",
            "Jérôme Azoulay",
            ("Pour lui", "lui"),
            "Pour",
        ),
        (
            "La direction a raté l’occasion de donner un chiffre précis sur les cessions. Le marché déteste le flou",
            "gérant",
            "le gérant",
            "confie",
        ),
        ("environ 340 salariés", "Sorelia", "le groupe", "indique"),
        (
            "solutions de reclassement seront proposées au cas par cas",
            "Sorelia",
            "le groupe",
            "indique",
        ),
        (
            "On nous parle de batailles choisies. Pour les salariés de Lisoire, la bataille est perdue d’avance",
            "Rémi Gaspard",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
    ],
    ["Cap 2028"],
)

article(
    "blind7-fr04",
    "fr",
    """Saint-Géraud-des-Monts : record battu pour les Nuits de la Lauze, 22 000 festivaliers en trois soirs

Par Romain Delpech, Radio Haut-Plateau
Lundi 20 juillet 2026 à 08:22 - Mis à jour le lundi 20 juillet 2026 à 10:05

▶ Écouter cet article

Le festival « Les Nuits de la Lauze » a refermé ses portes dimanche soir sur un record de fréquentation : 22 000 entrées en trois soirées, contre 17 500 l'an dernier. Une affluence inédite pour ce rendez-vous né en 2014 dans une ancienne carrière d'ardoise.
« Vingt-deux mille personnes dans un village de 900 habitants, personne n'y croyait il y a dix ans », savoure Fanny Roumegous, la directrice du festival, au micro de Radio Haut-Plateau. « Moi la première. »
Sur la grande scène, samedi, la chanteuse Lila Orsoni a joué l'intégralité de son dernier album, « Terre de feu », devant 8 000 spectateurs. « Chanter ici, face aux volcans, ça n'a rien à voir avec un Zénith. Les gens sont venus à pied, en famille, avec leur pique-nique », nous a confié l'artiste à la sortie de scène.
Le public devant la grande scène, samedi soir. © Radio Haut-Plateau - Romain Delpech
Derrière le bar central, Denise Bastide, 72 ans, est bénévole depuis la première édition. «Le premier soir, on avait trois tireuses à bière et un barnum qui prenait l'eau. Aujourd'hui, on est 300 bénévoles. Mais l'esprit n'a pas changé», assure la septuagénaire.
► À lire aussi : Haut-Plateau : le Festival des Burons cherche encore des bénévoles pour sa 15e édition
Côté sécurité, le bilan est plutôt bon. « Aucun incident grave n'est à déplorer », indique le capitaine Arnaud Vételé, qui commande la compagnie de gendarmerie de Valcros. Il regrette en revanche « des comportements dangereux » sur la départementale 12, où des festivaliers se sont garés « n'importe comment » sur les bas-côtés.
Trois nuits de musique jusqu'à deux heures du matin n'ont pas non plus fait que des heureux. « On aime la fête, mais il y a des limites. Mes petits-enfants n'ont pas fermé l'œil », peste un habitant du hameau de Combret, qui a préféré garder l'anonymat.
Le maire, Jean-Pierre Lacombe, balaie ces critiques : il parle d'« une chance inespérée » pour la commune. « Les commerces font en trois jours le chiffre d'un mois d'hiver. Je préfère trois nuits de bruit à un village mort », tranche l'édile.
La prochaine édition est déjà programmée du 16 au 18 juillet 2027. Fanny Roumegous promet « quelques belles surprises » mais refuse de dévoiler le moindre nom. « Si je vous le dis, ce n'est plus une surprise ! », s'amuse-t-elle.
Partager cet article""",
    [
        (
            "Vingt-deux mille personnes dans un village de 900 habitants, personne n'y croyait il y a dix ans",
            "Fanny Roumegous",
            "Fanny Roumegous",
            "savoure",
        ),
        ("Moi la première.", "Fanny Roumegous", None, None),
        (
            "Chanter ici, face aux volcans, ça n'a rien à voir avec un Zénith. Les gens sont venus à pied, en famille, avec leur pique-nique",
            "Lila Orsoni",
            "l'artiste",
            "nous a confié",
        ),
        (
            "Le premier soir, on avait trois tireuses à bière et un barnum qui prenait l'eau. Aujourd'hui, on est 300 bénévoles. Mais l'esprit n'a pas changé",
            "Denise Bastide",
            "la septuagénaire",
            "assure",
        ),
        ("Aucun incident grave n'est à déplorer", "Arnaud Vételé", "Arnaud Vételé", "indique"),
        ("des comportements dangereux", "Arnaud Vételé", ("Il regrette", "Il"), "regrette"),
        ("n'importe comment", "Arnaud Vételé", ("Il regrette", "Il"), "regrette"),
        (
            "On aime la fête, mais il y a des limites. Mes petits-enfants n'ont pas fermé l'œil",
            "habitant",
            "un habitant",
            "peste",
        ),
        ("une chance inespérée", "Jean-Pierre Lacombe", ("il parle", "il"), "parle"),
        (
            "Les commerces font en trois jours le chiffre d'un mois d'hiver. Je préfère trois nuits de bruit à un village mort",
            "Jean-Pierre Lacombe",
            "l'édile",
            "tranche",
        ),
        ("quelques belles surprises", "Fanny Roumegous", "Fanny Roumegous", "promet"),
        (
            "Si je vous le dis, ce n'est plus une surprise !",
            "Fanny Roumegous",
            ("s'amuse-t-elle", "elle"),
            "s'amuse-t-elle",
        ),
    ],
    ["Les Nuits de la Lauze", "Terre de feu"],
)

article(
    "blind7-fr05",
    "fr",
    """Nadia Belkacem-Roux, l’heure des cloches

Réparatrice de carillons, la quinquagénaire sillonne les clochers pour rendre la voix aux bourdons fatigués.

par Mathilde Ferrandier, photo Lucas Benhamou
publié le 6 mai 2026 à 17h30

Elle arrive par l’escalier à vis, cent quatre-vingt-sept marches, le souffle à peine court, une sacoche de cuir en bandoulière. Dans le beffroi de Coursan-les-Cloches, Nadia Belkacem-Roux pose la main sur le flanc d’une cloche de 1742 comme on flatte l’encolure d’un cheval. « Écoutez. Elle est fêlée, là, sous la couronne. Vous entendez comme elle grince ? » On n’entend rien. Elle sourit.
Nadia Belkacem-Roux dans le beffroi de Coursan-les-Cloches, le 28 avril. (Lucas Benhamou/pour Libre Journal)
Fille d’un ouvrier fondeur et d’une institutrice, elle a grandi au pied d’un clocher qu’elle ne regardait jamais. À 16 ans, faute de mieux, elle entre en apprentissage chez Émile Gastaud, horloger d’édifice à Pontvieux, un taiseux à moustache qui lui apprend à écouter avant de toucher. Le vieil homme lui répétait, raconte-t-elle, qu’« une cloche, ça ne se répare pas, ça se soigne ».
Son atelier, qu’elle a rebaptisé « L’Heure juste », tient dans une ancienne forge au bord de la départementale. Elle y a repris seule l’activité à la mort de son maître. Elle raconte :
« Le patron est mort en 2011, un mardi. Le jeudi, la mairie de Pontvieux m’appelait pour une horloge arrêtée. Je me suis dit : soit je ferme, soit j’y vais. J’y suis allée.
« Les premières années, les maires me regardaient arriver avec ma caisse à outils et demandaient où était le technicien. Je répondais : “C’est moi.” Ça calmait tout le monde.
« Aujourd’hui, on m’appelle de partout, jusqu’à l’autre bout du pays. Mais je suis seule, et j’ai 56 ans. »
Sur le même sujet
À Bourg-Aubert, la dernière fonderie de cloches cherche un repreneur
Le père Anselme Rigaud, curé de la paroisse Saint-Vivien, qui lui a confié ses quatre cloches en 2019, ne tarit pas d’éloges. « Elle a un rapport presque charnel avec le bronze. Je l’ai vue passer une heure à écouter une seule note », témoigne le prêtre.
« Petit, j’avais honte. Les mères de mes copains étaient secrétaires ou infirmières ; la mienne rentrait le soir couverte de fiente de pigeon. Maintenant, je trouve ça plutôt classe », s’amuse Yanis, son fils, 27 ans, ingénieur dans l’aéronautique.
Le réalisateur Thomas Quéré lui a consacré un documentaire, « Les Sonneurs », diffusé l’an dernier sur une chaîne régionale. Elle ne l’a regardé qu’une fois. « Je n’aime pas ma voix à l’écran. Je préfère celle des cloches. »
La quinquagénaire cherche depuis trois ans un apprenti. Elle qualifie les carillons électrifiés à marteaux automatiques de « massacre en musique » et voudrait transmettre autre chose qu’un métier de dépanneur. « Les jeunes veulent bien monter dans les clochers pour faire des photos. Rester six heures dans le froid à limer un battant, c’est autre chose », soupire-t-elle. Puis, après un silence : « Mais j’en trouverai un. Il faut bien que quelqu’un les entende grincer. »

1970 Naissance à Lanvézec-sur-Aven. 1986 Entre en apprentissage chez Émile Gastaud. 2011 Reprend l’atelier de Pontvieux. Avril 2026 Restaure les cloches de Coursan-les-Cloches.""",
    [
        (
            "Écoutez. Elle est fêlée, là, sous la couronne. Vous entendez comme elle grince ?",
            "Nadia Belkacem-Roux",
            ("Nadia Belkacem-Roux pose", "Nadia Belkacem-Roux"),
            None,
        ),
        (
            "une cloche, ça ne se répare pas, ça se soigne",
            "Émile Gastaud",
            "Le vieil homme",
            "lui répétait",
        ),
        (
            "Le patron est mort en 2011, un mardi. Le jeudi, la mairie de Pontvieux m’appelait pour une horloge arrêtée. Je me suis dit : soit je ferme, soit j’y vais. J’y suis allée.",
            "Nadia Belkacem-Roux",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "Les premières années, les maires me regardaient arriver avec ma caisse à outils et demandaient où était le technicien. Je répondais : “C’est moi.” Ça calmait tout le monde.",
            "Nadia Belkacem-Roux",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "Aujourd’hui, on m’appelle de partout, jusqu’à l’autre bout du pays. Mais je suis seule, et j’ai 56 ans.",
            "Nadia Belkacem-Roux",
            ("Elle raconte", "Elle"),
            "raconte",
        ),
        (
            "Elle a un rapport presque charnel avec le bronze. Je l’ai vue passer une heure à écouter une seule note",
            "Anselme Rigaud",
            "le prêtre",
            "témoigne",
        ),
        (
            "Petit, j’avais honte. Les mères de mes copains étaient secrétaires ou infirmières ; la mienne rentrait le soir couverte de fiente de pigeon. Maintenant, je trouve ça plutôt classe",
            "Yanis",
            "Yanis",
            "s’amuse",
        ),
        (
            "Je n’aime pas ma voix à l’écran. Je préfère celle des cloches.",
            "Nadia Belkacem-Roux",
            ("Elle ne l’a regardé", "Elle"),
            None,
        ),
        ("massacre en musique", "Nadia Belkacem-Roux", ("Elle qualifie", "Elle"), "qualifie"),
        (
            "Les jeunes veulent bien monter dans les clochers pour faire des photos. Rester six heures dans le froid à limer un battant, c’est autre chose",
            "Nadia Belkacem-Roux",
            ("soupire-t-elle", "elle"),
            "soupire-t-elle",
        ),
        (
            "Mais j’en trouverai un. Il faut bien que quelqu’un les entende grincer.",
            "Nadia Belkacem-Roux",
            None,
            None,
        ),
    ],
    ["L’Heure juste", "Les Sonneurs"],
)

article(
    "blind7-fr06",
    "fr",
    """Présidentielle en Marésie : l'opposante Dragomir-Voss revendique la victoire, le gouvernement dénonce une « provocation »

AFP · Publié le 11/10/2026 à 23:41, mis à jour le 12/10/2026 à 01:15

Tiralba (Marésie) (AFP) - La principale candidate de l'opposition à la présidentielle marésienne, Elena Dragomir-Voss, a revendiqué dimanche soir la victoire devant des dizaines de milliers de partisans rassemblés dans le centre de Tiralba, avant même la publication des premiers résultats officiels.
« Le peuple marésien a choisi. Personne ne pourra voler ce vote », a-t-elle lancé depuis une estrade dressée devant l'Opéra national, selon une traduction de l'AFP. La foule, qui agitait des drapeaux bleu et or, a répondu en scandant le slogan de sa campagne, « Maintenant ou jamais ».
Selon un décompte de son équipe portant sur 61 % des bureaux de vote, l'ancienne juge constitutionnelle obtiendrait 54,2 % des voix, contre 41,7 % au président sortant Viktor Alemanu, au pouvoir depuis 2009.
Le gouvernement a aussitôt dénoncé une « provocation ». « Seule la Commission électorale centrale est habilitée à annoncer des résultats. Toute autre proclamation est illégale et irresponsable », a déclaré à la télévision publique le porte-parole du gouvernement, Mihai Stolnic.
Des partisans d'Elena Dragomir-Voss dans le centre de Tiralba, le 11 octobre 2026. AFP / Sorin Mateiu
Le chef de l'Etat, qui n'est pas apparu en public de la soirée, a publié sur les réseaux sociaux un bref message appelant ses compatriotes au « calme » et à la « patience ». « La démocratie, ce sont des institutions, pas des estrades », a-t-il écrit.
La Commission électorale centrale (CEC) a fait état en fin de soirée d'une participation de 68,4 %, « un record depuis l'indépendance », selon son président, Ilie Bârsan. Les premiers résultats partiels sont attendus lundi à la mi-journée.
Un diplomate occidental en poste à Tiralba, s'exprimant sous couvert d'anonymat, jugeait la situation « extrêmement tendue ». « Si la commission tarde à publier les chiffres bureau par bureau, les gens vont rester dans la rue. Et personne ne sait comment réagira la police. »
Dans la foule, Andrei Lupescu, étudiant en médecine de 23 ans, disait n'avoir « jamais vu autant de monde ». « Mes parents ont manifesté en 1991. Ce soir, c'est mon tour », a-t-il confié à l'AFP, emmitouflé dans un drapeau.
La mission d'observation internationale, conduite par l'ancienne ministre Hanna Leppälä, doit rendre ses conclusions préliminaires lundi après-midi. « D'ici là, nous appelons tous les candidats et leurs partisans à la plus grande retenue », a indiqué Mme Leppälä dans un communiqué.
La Marésie, pays de 4,3 millions d'habitants indépendant depuis 1991, n'a jamais connu d'alternance par les urnes.
© 2026 AFP""",
    [
        ("provocation", "gouvernement", "le gouvernement", "dénonce"),
        (
            "Le peuple marésien a choisi. Personne ne pourra voler ce vote",
            "Elena Dragomir-Voss",
            ("a-t-elle lancé", "elle"),
            "a-t-elle lancé",
        ),
        ("provocation", "gouvernement", "Le gouvernement", "a aussitôt dénoncé"),
        (
            "Seule la Commission électorale centrale est habilitée à annoncer des résultats. Toute autre proclamation est illégale et irresponsable",
            "Mihai Stolnic",
            "Mihai Stolnic",
            "a déclaré",
        ),
        ("calme", "Viktor Alemanu", "Le chef de l'Etat", "appelant"),
        ("patience", "Viktor Alemanu", "Le chef de l'Etat", "appelant"),
        (
            "La démocratie, ce sont des institutions, pas des estrades",
            "Viktor Alemanu",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        ("un record depuis l'indépendance", "Ilie Bârsan", "Ilie Bârsan", "selon"),
        ("extrêmement tendue", "diplomate", "Un diplomate", "jugeait"),
        (
            "Si la commission tarde à publier les chiffres bureau par bureau, les gens vont rester dans la rue. Et personne ne sait comment réagira la police.",
            "diplomate",
            None,
            None,
        ),
        ("jamais vu autant de monde", "Andrei Lupescu", "Andrei Lupescu", "disait"),
        (
            "Mes parents ont manifesté en 1991. Ce soir, c'est mon tour",
            "Andrei Lupescu",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "D'ici là, nous appelons tous les candidats et leurs partisans à la plus grande retenue",
            "Hanna Leppälä",
            "Mme Leppälä",
            "a indiqué",
        ),
    ],
    ["Maintenant ou jamais"],
)

article(
    "blind7-fr07",
    "fr",
    f"""Collège : la réforme «{NB}Socle d’abord{NB}» déclenche une fronde syndicale

La ministre de l’éducation nationale veut généraliser les groupes de niveau en 6e et en 5e dès la rentrée 2027. Les syndicats d’enseignants appellent à la grève le 22 janvier.

Par Hélène Corvisart
Publié aujourd’hui à 06h00, modifié à 11h12
Temps de Lecture 4 min.
Article réservé aux abonnés
Offrir l’article

La ministre de l’éducation nationale, Agnès Rivière-Lamothe, a présenté mercredi les grandes lignes de la réforme dite «{NB}Socle d’abord{NB}» : groupes de niveau en français et en mathématiques pour les élèves de 6e et de 5e, heures de soutien obligatoires pour les plus fragiles et suppression de l’heure hebdomadaire de vie de classe. «{NB}Il n’y a pas de réforme plus sociale que celle qui apprend à lire, à écrire et à compter à tous les élèves{NB}», a-t-elle affirmé devant la presse.
«{NNB}Les groupes de niveau ne sont pas des classes de relégation, a insisté la ministre. Un élève pourra changer de groupe à chaque trimestre.{NNB}»
La réponse des syndicats n’a pas tardé. Pour Karine Boissel, secrétaire générale du Syndicat national des professeurs de collège (SNPC), majoritaire dans les collèges, la réforme est «{NNB}un tri social qui ne dit pas son nom{NNB}». «{NNB}On va regrouper les élèves en difficulté, avec les enseignants les moins expérimentés, et on appellera ça de la remédiation{NNB}», s’indigne la syndicaliste, dont l’organisation appelle à la grève le 22 janvier.
Lire aussi | Groupes de niveau : les principaux de collège démunis face aux emplois du temps
Plus modéré, Frédéric Marquet, d’Alliance enseignante, «{NB}partage le diagnostic{NB}» mais juge le calendrier «{NB}intenable{NB}». «{NB}Mettre en place des groupes en septembre sans postes supplémentaires, c’est demander aux principaux de faire des miracles avec des emplois du temps déjà saturés.{NB}»
Au ministère, on fait valoir que 2 300 postes seront créés à la rentrée. «{NB}Les moyens suivront, ils sont inscrits dans le projet de loi de finances{NB}», assure-t-on dans l’entourage de la ministre.
Sur le terrain, l’inquiétude domine. Lucie Vernhes, professeure de lettres dans un collège de l’éducation prioritaire à Saint-Priest-la-Roche, explique : “Avec trois groupes au lieu de deux classes, je perds mon heure de concertation. Et cette heure-là, c’est celle où on parle des élèves qui décrochent.”
Les parents, eux, sont partagés. Samia Haddouche, présidente de la Fédération des parents d’élèves unis (FPEU), salue «{NB}l’ambition{NB}» du texte mais redoute «{NB}une usine à gaz{NB}». Selon une consultation menée par la fédération auprès de 12 000 familles, 58 % des parents sont favorables aux groupes de niveau. «{NB}Les familles veulent de l’exigence, mais elles ne veulent pas que leur enfant soit étiqueté à 11 ans{NB}», résume Mme Haddouche.
Un inspecteur général qui a participé aux travaux préparatoires lâche, sous couvert d’anonymat : «{NB}Le texte a été écrit en trois semaines. Les recommandations du rapport de juin ont été ignorées, à commencer par celle sur l’évaluation.{NB}»
La ministre doit recevoir les organisations syndicales le 15 janvier. Le projet de décret sera soumis au Conseil supérieur de l’éducation en février.""",
    [
        (
            "Il n’y a pas de réforme plus sociale que celle qui apprend à lire, à écrire et à compter à tous les élèves",
            "Agnès Rivière-Lamothe",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        (
            "Les groupes de niveau ne sont pas des classes de relégation",
            "Agnès Rivière-Lamothe",
            "la ministre",
            "a insisté",
        ),
        (
            "Un élève pourra changer de groupe à chaque trimestre.",
            "Agnès Rivière-Lamothe",
            "la ministre",
            "a insisté",
        ),
        ("un tri social qui ne dit pas son nom", "Karine Boissel", "Karine Boissel", "Pour"),
        (
            "On va regrouper les élèves en difficulté, avec les enseignants les moins expérimentés, et on appellera ça de la remédiation",
            "Karine Boissel",
            "la syndicaliste",
            "s’indigne",
        ),
        ("partage le diagnostic", "Frédéric Marquet", "Frédéric Marquet", None),
        ("intenable", "Frédéric Marquet", "Frédéric Marquet", "juge"),
        (
            "Mettre en place des groupes en septembre sans postes supplémentaires, c’est demander aux principaux de faire des miracles avec des emplois du temps déjà saturés.",
            "Frédéric Marquet",
            None,
            None,
        ),
        (
            "Les moyens suivront, ils sont inscrits dans le projet de loi de finances",
            "entourage",
            ("l’entourage de la ministre", "entourage"),
            "assure-t-on",
        ),
        (
            "Avec trois groupes au lieu de deux classes, je perds mon heure de concertation. Et cette heure-là, c’est celle où on parle des élèves qui décrochent.",
            "Lucie Vernhes",
            "Lucie Vernhes",
            "explique",
        ),
        ("l’ambition", "Samia Haddouche", "Samia Haddouche", "salue"),
        ("une usine à gaz", "Samia Haddouche", "Samia Haddouche", "redoute"),
        (
            "Les familles veulent de l’exigence, mais elles ne veulent pas que leur enfant soit étiqueté à 11 ans",
            "Samia Haddouche",
            "Mme Haddouche",
            "résume",
        ),
        (
            "Le texte a été écrit en trois semaines. Les recommandations du rapport de juin ont été ignorées, à commencer par celle sur l’évaluation.",
            "inspecteur",
            "Un inspecteur général",
            "lâche",
        ),
    ],
    ["Socle d’abord", "Socle d’abord"],
)

article(
    "blind7-fr08",
    "fr",
    """Urgences de Belcastel : fermeture la nuit tout l'été, l'ARS évoque une mesure « temporaire »

Santé · Par Pauline Estève · Publié le 21/05/2026 à 19:02 · Mis à jour le 22/05/2026 à 08:15

Les urgences du centre hospitalier de Belcastel-en-Vaudois seront fermées chaque nuit, de 20 heures à 8 heures, du 1er juin au 31 août. L'annonce a été faite jeudi par l'Agence régionale de santé (ARS), qui invoque « une pénurie de médecins sans précédent ».
« Sur les quatorze lignes de garde de nuit du mois de juin, nous en avons pourvu cinq. Je ne peux pas fabriquer des urgentistes », a expliqué le Dr Xavier Lemonnier, chef du service des urgences, lors d'une réunion avec les élus jeudi après-midi. « Les intérimaires demandent 2 500 euros la nuit, poursuit le médecin. Même à ce prix-là, ils ne viennent plus. »
Le directeur de la délégation départementale de l'ARS, Stéphane Guillot-Rameau, assure que « la population ne sera pas abandonnée ». « Un médecin régulateur sera joignable 24 heures sur 24 au 15. Les patients seront orientés vers Saint-Ferréol, à 38 kilomètres, ou pris en charge par le SMUR », a-t-il détaillé.
L'entrée des urgences de Belcastel, jeudi. Photo Le Courrier du Vaudois - P.E.
À lire également : Déserts médicaux : dans le Vaudois, un généraliste pour 2 400 habitants
Trente-huit kilomètres, c'est précisément ce qui inquiète Gérard Fabre, 67 ans. En février, cet ancien maçon a fait un infarctus à deux heures du matin. « Les pompiers m'ont amené ici en douze minutes. Le cardiologue m'a dit que dix minutes de plus, je n'étais plus là », raconte le retraité. Selon le sexagénaire, la pétition « Sauvons nos urgences », lancée par le comité de défense de l'hôpital, a déjà recueilli 9 000 signatures. « Avec 38 kilomètres de route de montagne, il y aura des morts. Je pèse mes mots. »
Le maire de Belcastel, Christian Aubagne (divers gauche), dénonce de son côté « une fermeture déguisée ». « Dans ce pays, on commence toujours par fermer la nuit. Ensuite, c'est le week-end. Et un jour, c'est la clé sous la porte », a-t-il averti au micro de Radio Vaudois.
Pour l'Association des médecins urgentistes du Vaudois (Amuv), la situation de Belcastel « n'a rien d'exceptionnel ». « Cet été, au moins neuf services de la région fonctionneront en mode dégradé », a indiqué sa présidente, la Dr Nadia Ferrat.
Inscrivez-vous à la newsletter Santé du Courrier du Vaudois
Interrogée sur une réouverture de nuit à la rentrée, l'ARS se refuse à tout engagement. En interne, « personne n'y croit vraiment », glisse une source hospitalière.
Partager sur Facebook Partager sur X""",
    [
        ("temporaire", "Agence régionale de santé", ("l'ARS évoque", "ARS"), "évoque"),
        (
            "une pénurie de médecins sans précédent",
            "Agence régionale de santé",
            "Agence régionale de santé",
            "invoque",
        ),
        (
            "Sur les quatorze lignes de garde de nuit du mois de juin, nous en avons pourvu cinq. Je ne peux pas fabriquer des urgentistes",
            "Xavier Lemonnier",
            "Xavier Lemonnier",
            "a expliqué",
        ),
        (
            "Les intérimaires demandent 2 500 euros la nuit",
            "Xavier Lemonnier",
            "le médecin",
            "poursuit",
        ),
        (
            "Même à ce prix-là, ils ne viennent plus.",
            "Xavier Lemonnier",
            "le médecin",
            "poursuit",
        ),
        (
            "la population ne sera pas abandonnée",
            "Stéphane Guillot-Rameau",
            "Stéphane Guillot-Rameau",
            "assure",
        ),
        (
            "Un médecin régulateur sera joignable 24 heures sur 24 au 15. Les patients seront orientés vers Saint-Ferréol, à 38 kilomètres, ou pris en charge par le SMUR",
            "Stéphane Guillot-Rameau",
            ("a-t-il détaillé", "il"),
            "a-t-il détaillé",
        ),
        (
            "Les pompiers m'ont amené ici en douze minutes. Le cardiologue m'a dit que dix minutes de plus, je n'étais plus là",
            "Gérard Fabre",
            "le retraité",
            "raconte",
        ),
        (
            "Avec 38 kilomètres de route de montagne, il y aura des morts. Je pèse mes mots.",
            "Gérard Fabre",
            None,
            None,
        ),
        ("une fermeture déguisée", "Christian Aubagne", "Christian Aubagne", "dénonce"),
        (
            "Dans ce pays, on commence toujours par fermer la nuit. Ensuite, c'est le week-end. Et un jour, c'est la clé sous la porte",
            "Christian Aubagne",
            ("a-t-il averti", "il"),
            "a-t-il averti",
        ),
        (
            "n'a rien d'exceptionnel",
            "Association des médecins urgentistes du Vaudois",
            "Association des médecins urgentistes du Vaudois",
            "Pour",
        ),
        (
            "Cet été, au moins neuf services de la région fonctionneront en mode dégradé",
            "Nadia Ferrat",
            "Nadia Ferrat",
            "a indiqué",
        ),
        ("personne n'y croit vraiment", "source", "une source", "glisse"),
    ],
    ["Sauvons nos urgences"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind7_fr.jsonl"), WORDS_RANGE)
