# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind18_fr.jsonl: an eighteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a neighbourhood braderie cancelled
over security costs (La Voix du Nord), parents occupying a village school to save a class
(Le Progrès), a beach paillote ordered demolished by the administrative court (Corse-Matin),
meal rationing in a nursing-home group (Mediapart, with internal e-mails and a multi-paragraph
testimony), a wind-farm project splitting a Walloon village (Le Soir), a four-day-week trial
for a Swiss city's employees (Le Temps), the merger of two public agencies (Marianne, with an
anonymous adviser and a report quoted without a speaker) and a landslide closing a valley road
(ici Périgord, the France Bleu local radio site). Padding varies: NBSP, NNBSP, plain spaces,
none; “ ” and straight marks appear in places. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind18_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

NB = "\u00a0"
NNB = "\u202f"

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind18-fr01",
    "fr",
    f"""«{NB}On jette l’éponge{NB}» : la braderie des Prés-Fleuris n’aura pas lieu cette année

Faute de pouvoir financer les blocs anti-intrusion exigés, le comité des fêtes renonce à la 41e édition. Une première depuis 1983.

Par Lucie Vandewalle | Publié le 14/05/2024 à 17h32

Photo archives La Voix du Nord

ARMENTIÈRES. Il y aura bien des tables à tréteaux dans quelques garages, mais pas dans les rues. Le comité des fêtes des Prés-Fleuris a annoncé lundi soir, à l’issue d’une assemblée générale extraordinaire, l’annulation de sa braderie de septembre, qui attirait chaque année près de 15 000 chineurs. «{NB}On jette l’éponge. Ça nous fend le cœur, mais on ne va pas mettre l’association en faillite pour une journée{NB}», lâche sa présidente, Josiane Delattre, 71 ans, dont quarante passés au comité.

En cause, le coût de la sécurité. Depuis l’an dernier, les organisateurs doivent louer des blocs de béton et des barrières pour fermer les neuf accès du quartier, et rémunérer une société de gardiennage. La facture grimperait à 11 400 euros, «{NB}soit plus que ce que la braderie nous rapporte en trois ans{NB}», calcule le trésorier, Michel Lefebvre.
«{NB}On a fait des tombolas, des lotos, une soirée moules-frites. On a récolté 2 300 euros. Il en manquait encore plus de 9 000.{NB}»

Partager
Facebook
X
E-mail

La mairie dit avoir proposé son aide. «{NB}Nous avons offert de prêter gratuitement nos barrières et de mettre à disposition deux agents de la police municipale, assure Grégory Vanhove, adjoint aux fêtes et à la vie associative. Mais nous ne pouvons pas nous substituer à une association pour l’ensemble du dispositif.{NB}» L’élu regrette une décision «{NB}prise un peu vite{NB}» et promet de «{NB}tout faire pour qu’il y ait une braderie en 2025{NB}».

Du côté de la préfecture du Nord, on rappelle que les prescriptions de sécurité relèvent «{NB}d’une analyse au cas par cas, en fonction du niveau de la menace{NB}». «{NB}Aucune règle nationale n’impose des blocs de béton à chaque braderie{NB}», précisent les services de l’État, qui renvoient la responsabilité du dispositif à «{NB}l’organisateur et au maire, au titre de leurs pouvoirs de police{NB}».

Lire aussi : Braderies et ducasses : la facture de la sécurité s’envole dans la métropole

Chez les habitués, c’est la consternation. Didier Carpentier, 67 ans, tient un stand devant chez lui depuis la toute première édition. "J’ai vendu les jouets de mes enfants ici, puis ceux de mes petits-enfants. Cette braderie, c’est le quartier. Sans elle, on est juste une rue de plus", souffle le retraité, un carton de vinyles sous le bras.
«{NB}Le jour de la braderie, je fais le chiffre d’un mois. Là, je vais le faire comment ?{NB}», s’inquiète Nadia Bekkouche, qui tient la friterie à l’angle de la rue des Tisserands.

Une pétition en ligne, «{NB}Sauvons notre braderie{NB}», a recueilli plus de 1 800 signatures en quarante-huit heures. Mme Delattre veut encore y croire : «{NB}Si quelqu’un trouve 9 000 euros d’ici juillet, on remonte tout. Les bénévoles sont prêts.{NB}»

L’essentiel de la métropole lilloise : chaque matin, recevez notre sélection d’articles. S’inscrire""",
    [
        ("On jette l’éponge", "Josiane Delattre", None, None),
        (
            "On jette l’éponge. Ça nous fend le cœur, mais on ne va pas mettre l’association en faillite pour une journée",
            "Josiane Delattre",
            "Josiane Delattre",
            "lâche",
        ),
        (
            "soit plus que ce que la braderie nous rapporte en trois ans",
            "Michel Lefebvre",
            "Michel Lefebvre",
            "calcule",
        ),
        (
            "On a fait des tombolas, des lotos, une soirée moules-frites. On a récolté 2 300 euros. Il en manquait encore plus de 9 000.",
            "Michel Lefebvre",
            None,
            None,
        ),
        (
            "Nous avons offert de prêter gratuitement nos barrières et de mettre à disposition deux agents de la police municipale",
            "Grégory Vanhove",
            "Grégory Vanhove",
            "assure",
        ),
        (
            "Mais nous ne pouvons pas nous substituer à une association pour l’ensemble du dispositif.",
            "Grégory Vanhove",
            "Grégory Vanhove",
            "assure",
        ),
        ("prise un peu vite", "Grégory Vanhove", "L’élu", "regrette"),
        (
            "tout faire pour qu’il y ait une braderie en 2025",
            "Grégory Vanhove",
            "L’élu",
            "promet",
        ),
        (
            "d’une analyse au cas par cas, en fonction du niveau de la menace",
            "préfecture du Nord",
            "la préfecture du Nord",
            "rappelle",
        ),
        (
            "Aucune règle nationale n’impose des blocs de béton à chaque braderie",
            "préfecture du Nord",
            "les services de l’État",
            "précisent",
        ),
        (
            "l’organisateur et au maire, au titre de leurs pouvoirs de police",
            "préfecture du Nord",
            "les services de l’État",
            "renvoient",
        ),
        (
            "J’ai vendu les jouets de mes enfants ici, puis ceux de mes petits-enfants. Cette braderie, c’est le quartier. Sans elle, on est juste une rue de plus",
            "Didier Carpentier",
            "le retraité",
            "souffle",
        ),
        (
            "Le jour de la braderie, je fais le chiffre d’un mois. Là, je vais le faire comment ?",
            "Nadia Bekkouche",
            "Nadia Bekkouche",
            "s’inquiète",
        ),
        (
            "Si quelqu’un trouve 9 000 euros d’ici juillet, on remonte tout. Les bénévoles sont prêts.",
            "Josiane Delattre",
            "Mme Delattre",
            None,
        ),
    ],
    ["Sauvons notre braderie"],
)

article(
    "blind18-fr02",
    "fr",
    """Beaujolais  Vaux-la-Roche : les parents occupent l’école pour sauver leur troisième classe

Par Marc Dumontet - 06 févr. 2024 à 18:47 - Temps de lecture : 3 min

Depuis ce mardi 7 h 30, une quarantaine de parents se relaient dans le préau de l’école du Bourg, à Vaux-la-Roche. Ils protestent contre la fermeture annoncée d’une des trois classes à la rentrée de septembre. Une banderole « Pas touche à notre 3e classe » barre le portail, et des dessins d’enfants ont été scotchés sur les grilles.
« Trois classes pour 61 enfants, ce n’est pas du luxe. À deux classes, on aura des cours en triple niveau, de la petite section au CE1 », s’agace Aurélie Bernollin, présidente de l’association des parents d’élèves, qui a passé la nuit dans l’école avec une dizaine d’autres familles.

Les parents ont déployé une banderole devant l’école. Photo Progrès /Marc DUMONTET

Selon les services départementaux de l’Éducation nationale (DSDEN), l’effectif prévu à la rentrée, 54 élèves, « ne justifie plus le maintien de trois postes ». Dans un courrier adressé à la mairie le 1er février, la DSDEN évoque « une mesure de carte scolaire classique, appliquée avec les mêmes critères dans tout le département ».
Le maire, Bernard Chaffard, conteste les chiffres. « Ils comptent les enfants nés ici. Ils ne comptent pas les quatre familles qui emménagent dans le lotissement des Grillons au printemps. Je leur ai envoyé les permis de construire, ils ne les ont même pas regardés ! » Pour l’édile, qui a fait refaire la toiture de l’école en 2022 pour 180 000 euros, « l’État demande aux communes d’investir et leur retire ensuite les moyens ».

Lire aussi : Rhône : la carte scolaire 2024 dévoilée, 38 classes fermées

Dans la cour, les enseignantes observent la mobilisation avec sympathie, mais à distance. « Nous sommes tenues à un devoir de réserve, on ne peut rien vous dire de plus », glisse l’une d’elles, qui préfère ne pas donner son nom.
L’Union des professeurs des écoles du Rhône (UPER) dénonce pour sa part « une saignée » : 38 fermetures de classes sont prévues dans le département, pour 21 ouvertures. « Les petites écoles rurales paient pour les classes dédoublées en ville, résume son secrétaire départemental, Olivier Guinand. C’est toujours la même logique comptable. »

Contacté, l’inspecteur d’académie, Xavier Pellerin, se veut rassurant. « Rien n’est figé. Le comité technique se réunit le 15 février et les situations particulières seront réexaminées à cette occasion », a-t-il fait savoir par l’intermédiaire de son cabinet. Il n’a en revanche pas répondu à nos questions sur les logements neufs.

Les parents, eux, ont prévu d’occuper l’école jusqu’à jeudi, et de se rendre le 15 devant la direction académique, à Lyon. « On viendra avec les grands-parents, avec les tracteurs s’il le faut. On ne lâchera rien », promet Mme Bernollin.

Votre avis nous intéresse. Réagir à cet article""",
    [
        (
            "Trois classes pour 61 enfants, ce n’est pas du luxe. À deux classes, on aura des cours en triple niveau, de la petite section au CE1",
            "Aurélie Bernollin",
            "Aurélie Bernollin",
            "s’agace",
        ),
        (
            "ne justifie plus le maintien de trois postes",
            "services départementaux de l’Éducation nationale",
            "les services départementaux de l’Éducation nationale",
            "Selon",
        ),
        (
            "une mesure de carte scolaire classique, appliquée avec les mêmes critères dans tout le département",
            "services départementaux de l’Éducation nationale",
            "la DSDEN",
            "évoque",
        ),
        (
            "Ils comptent les enfants nés ici. Ils ne comptent pas les quatre familles qui emménagent dans le lotissement des Grillons au printemps. Je leur ai envoyé les permis de construire, ils ne les ont même pas regardés !",
            "Bernard Chaffard",
            "Bernard Chaffard",
            None,
        ),
        (
            "l’État demande aux communes d’investir et leur retire ensuite les moyens",
            "Bernard Chaffard",
            "l’édile",
            "Pour",
        ),
        (
            "Nous sommes tenues à un devoir de réserve, on ne peut rien vous dire de plus",
            "enseignante",
            "l’une d’elles",
            "glisse",
        ),
        (
            "une saignée",
            "Union des professeurs des écoles du Rhône",
            "L’Union des professeurs des écoles du Rhône",
            "dénonce",
        ),
        (
            "Les petites écoles rurales paient pour les classes dédoublées en ville",
            "Olivier Guinand",
            "Olivier Guinand",
            "résume",
        ),
        (
            "C’est toujours la même logique comptable.",
            "Olivier Guinand",
            "Olivier Guinand",
            "résume",
        ),
        (
            "Rien n’est figé. Le comité technique se réunit le 15 février et les situations particulières seront réexaminées à cette occasion",
            "Xavier Pellerin",
            ("a-t-il fait savoir", "il"),
            "a-t-il fait savoir",
        ),
        (
            "On viendra avec les grands-parents, avec les tracteurs s’il le faut. On ne lâchera rien",
            "Aurélie Bernollin",
            "Mme Bernollin",
            "promet",
        ),
    ],
    ["Pas touche à notre 3e classe"],
)

article(
    "blind18-fr03",
    "fr",
    """Paillote de Funtanella : «On démolira nous-mêmes», annonce le gérant

Jean-Toussaint Mariani a jusqu'au 30 septembre pour remettre la plage dans son état naturel. Le tribunal administratif de Bastia a rejeté mardi son dernier recours.

Haute-Corse | Publié le 19/06/2024 à 08h15 | Mis à jour à 11h02
Par Laetitia Orsoni

Le couperet est tombé mardi après-midi. Dans un jugement de onze pages, le tribunal administratif de Bastia a confirmé l'arrêté préfectoral ordonnant la démolition de la paillote «U Scogliu», installée depuis plus de quarante ans sur la plage de Funtanella, au nord de Calvi. Le tribunal relève que l'établissement occupe «sans titre» le domaine public maritime «depuis au moins 2011», date de la dernière autorisation d'occupation temporaire.

Mercredi matin, assis à l'une des tables en teck de sa terrasse, Jean-Toussaint Mariani affichait un calme apparent. «Je ne vais pas laisser des pelleteuses de l'État saccager la plage. On démolira nous-mêmes, proprement, après la saison», a déclaré le gérant, qui emploie quatorze saisonniers.
«Mon père a monté la première cabane en 1978, poursuit-il. À l'époque, personne ne parlait de domaine public. On servait des langoustes aux pêcheurs, et tout le monde était content.»

Photo Michel Luccioni

Son avocat, Me Pierre-Ange Santoni, envisage de saisir le Conseil d'État. «Le jugement ignore totalement l'ancienneté de l'occupation et les autorisations tacites de la commune», estime-t-il.
Une lecture que conteste le maire de Lumio, Dominique Filippi. «La commune n'a jamais délivré la moindre autorisation», a-t-il tenu à préciser, «contrairement à ce qui a pu être dit ici ou là».

La préfecture de Haute-Corse s'est dite, dans un communiqué, «attentive à la bonne exécution de la décision» et rappelle que «le respect du littoral n'est pas négociable». «Force doit rester à la loi», insiste-t-on dans l'entourage du préfet, où l'on n'exclut pas une démolition d'office si le calendrier n'est pas tenu.

À lire aussi : Littoral : dix-sept paillotes dans le viseur de l'État en Corse

L'association de défense du littoral Mare Pulitu, à l'origine de la procédure, salue «une victoire pour tous les Corses». Son président, Ghjuvan-Petru Leca, le dit sans détour : «Ce n'est pas une affaire contre une famille. C'est une affaire de principe : la plage appartient à tout le monde, pas à ceux qui arrivent à la couvrir de transats.»

Sur la terrasse, les habitués sont partagés. «On venait ici depuis trente ans avec les enfants. Ça va faire un vide», regrette une cliente lyonnaise. À la table voisine, un couple de Calvais hausse les épaules : «Il fallait bien que ça arrive un jour.»

Partager l'article
Abonnez-vous à partir de 1€""",
    [
        (
            "On démolira nous-mêmes",
            "Jean-Toussaint Mariani",
            ("annonce le gérant", "le gérant"),
            "annonce",
        ),
        ("sans titre", "tribunal administratif de Bastia", "Le tribunal", "relève"),
        ("depuis au moins 2011", "tribunal administratif de Bastia", "Le tribunal", "relève"),
        (
            "Je ne vais pas laisser des pelleteuses de l'État saccager la plage. On démolira nous-mêmes, proprement, après la saison",
            "Jean-Toussaint Mariani",
            ("a déclaré le gérant", "le gérant"),
            "a déclaré",
        ),
        (
            "Mon père a monté la première cabane en 1978",
            "Jean-Toussaint Mariani",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "À l'époque, personne ne parlait de domaine public. On servait des langoustes aux pêcheurs, et tout le monde était content.",
            "Jean-Toussaint Mariani",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        (
            "Le jugement ignore totalement l'ancienneté de l'occupation et les autorisations tacites de la commune",
            "Pierre-Ange Santoni",
            ("estime-t-il", "il"),
            "estime",
        ),
        (
            "La commune n'a jamais délivré la moindre autorisation",
            "Dominique Filippi",
            ("a-t-il tenu", "il"),
            "a-t-il tenu à préciser",
        ),
        (
            "contrairement à ce qui a pu être dit ici ou là",
            "Dominique Filippi",
            ("a-t-il tenu", "il"),
            "a-t-il tenu à préciser",
        ),
        (
            "attentive à la bonne exécution de la décision",
            "préfecture de Haute-Corse",
            "La préfecture de Haute-Corse",
            "s'est dite",
        ),
        (
            "le respect du littoral n'est pas négociable",
            "préfecture de Haute-Corse",
            "La préfecture de Haute-Corse",
            "rappelle",
        ),
        ("Force doit rester à la loi", "entourage du préfet", "l'entourage du préfet", "insiste"),
        (
            "une victoire pour tous les Corses",
            "Mare Pulitu",
            "L'association de défense du littoral Mare Pulitu",
            "salue",
        ),
        (
            "Ce n'est pas une affaire contre une famille. C'est une affaire de principe : la plage appartient à tout le monde, pas à ceux qui arrivent à la couvrir de transats.",
            "Ghjuvan-Petru Leca",
            "Ghjuvan-Petru Leca",
            "le dit",
        ),
        (
            "On venait ici depuis trente ans avec les enfants. Ça va faire un vide",
            "cliente",
            "une cliente lyonnaise",
            "regrette",
        ),
        (
            "Il fallait bien que ça arrive un jour.",
            "couple de Calvais",
            "un couple de Calvais",
            None,
        ),
    ],
    ["U Scogliu"],
)

article(
    "blind18-fr04",
    "fr",
    f"""Ehpad : chez Hespéria Séniors, la chasse aux centimes jusque dans les assiettes

Courriels internes, tableaux de suivi, témoignages : Mediapart a reconstitué la manière dont le groupe d’Ehpad privés a imposé en 2023 une baisse drastique du budget alimentaire de ses établissements d’Occitanie. Le groupe conteste toute « restriction ».

Par Camille Roussel et Thomas Lenoir
15 mars 2024 à 19h02

Lire plus tard
Offrir l’article

«{NB}Le coût denrées doit passer sous 4,10 € par jour et par résident d’ici décembre. Je ne veux plus voir de dépassement.{NB}» Le ton est sec. Il est celui d’un courriel envoyé le 4 septembre 2023 par le directeur régional d’Hespéria Séniors, Frédéric Aubanel, aux directeurs de ses dix-neuf établissements, que Mediapart a pu consulter.
Le message accompagne un document interne intitulé «{NB}Plan de maîtrise des coûts 2024{NB}». Jusqu’alors, le budget alimentaire moyen dépassait 5 euros. Une directrice d’établissement lui répond le lendemain : «{NB}Nous sommes déjà à l’os. Je ne vois pas ce que je peux enlever sans que ça se voie dans les assiettes.{NB}» Elle ne recevra, selon nos informations, aucune réponse.

Dans les cuisines, les consignes sont vite tombées. Sandrine*, cuisinière pendant six ans dans l’un des établissements héraultais du groupe, raconte :
«{NB}Au début, on nous a dit de réduire les portions de viande de 120 à 90 grammes. Puis on a supprimé le fromage le soir, sauf le dimanche.
«{NB}Les résidents ne se plaignent pas, ils ont peur de déranger. Mais je voyais les assiettes revenir vides et je savais qu’ils avaient encore faim.
«{NB}Le jour où on m’a demandé de diluer la soupe avec de l’eau, j’ai dit non. On m’a répondu : “Tu n’es pas payée pour réfléchir.”{NB}»
Elle a démissionné en janvier.

* Le prénom a été modifié.

Une diététicienne qui a travaillé pour le groupe jusqu’à l’été 2023, et qui a requis l’anonymat, confirme ce récit. Selon elle, les menus lui étaient transmis «{NB}déjà bouclés par le siège{NB}». «{NB}On me faisait signer des menus que je n’avais pas construits{NB}», affirme-t-elle.

Les familles, elles, ont vu les effets. «{NB}Ma mère a perdu neuf kilos en cinq mois. Quand j’ai demandé des explications, la directrice m’a parlé d’un “changement de prestataire”{NB}», témoigne Martine Esquirol, dont la mère, 91 ans, réside dans un établissement de Béziers.

Contactée, l’agence régionale de santé d’Occitanie indique avoir «{NB}diligenté une inspection{NB}» dans deux établissements du groupe en février. Les conclusions ne sont pas encore connues, précise l’ARS.

Dans ses réponses écrites, Hespéria Séniors dit «{NB}contester formellement toute restriction alimentaire{NB}» et affirme que ses menus sont «{NB}validés par une diététicienne diplômée{NB}». Le groupe précise que «{NB}les grammages ont été ajustés aux recommandations nutritionnelles, et non à des objectifs financiers{NB}». Frédéric Aubanel n’a pas donné suite à nos sollicitations.

Boîte noire
Sollicité le 4 mars, le groupe a répondu par écrit le 11 mars. Toutes les personnes citées sous anonymat sont connues de la rédaction.

Commentaires (37)""",
    [
        ("restriction", "Hespéria Séniors", "Le groupe", "conteste"),
        (
            "Le coût denrées doit passer sous 4,10 € par jour et par résident d’ici décembre. Je ne veux plus voir de dépassement.",
            "Frédéric Aubanel",
            "Frédéric Aubanel",
            None,
        ),
        (
            "Nous sommes déjà à l’os. Je ne vois pas ce que je peux enlever sans que ça se voie dans les assiettes.",
            "directrice d’établissement",
            "Une directrice d’établissement",
            "répond",
        ),
        (
            "Au début, on nous a dit de réduire les portions de viande de 120 à 90 grammes. Puis on a supprimé le fromage le soir, sauf le dimanche.",
            "Sandrine",
            "Sandrine",
            "raconte",
        ),
        (
            "Les résidents ne se plaignent pas, ils ont peur de déranger. Mais je voyais les assiettes revenir vides et je savais qu’ils avaient encore faim.",
            "Sandrine",
            "Sandrine",
            "raconte",
        ),
        (
            "Le jour où on m’a demandé de diluer la soupe avec de l’eau, j’ai dit non. On m’a répondu : “Tu n’es pas payée pour réfléchir.”",
            "Sandrine",
            "Sandrine",
            "raconte",
        ),
        ("déjà bouclés par le siège", "diététicienne", ("Selon elle", "elle"), "Selon"),
        (
            "On me faisait signer des menus que je n’avais pas construits",
            "diététicienne",
            ("affirme-t-elle", "elle"),
            "affirme",
        ),
        (
            "Ma mère a perdu neuf kilos en cinq mois. Quand j’ai demandé des explications, la directrice m’a parlé d’un “changement de prestataire”",
            "Martine Esquirol",
            "Martine Esquirol",
            "témoigne",
        ),
        (
            "diligenté une inspection",
            "agence régionale de santé d’Occitanie",
            "l’agence régionale de santé d’Occitanie",
            "indique",
        ),
        (
            "contester formellement toute restriction alimentaire",
            "Hespéria Séniors",
            "Hespéria Séniors",
            "dit",
        ),
        (
            "validés par une diététicienne diplômée",
            "Hespéria Séniors",
            "Hespéria Séniors",
            "affirme",
        ),
        (
            "les grammages ont été ajustés aux recommandations nutritionnelles, et non à des objectifs financiers",
            "Hespéria Séniors",
            "Le groupe",
            "précise",
        ),
    ],
    ["Plan de maîtrise des coûts 2024"],
)

article(
    "blind18-fr05",
    "fr",
    """Éoliennes : à Sorinnes-le-Bois, le village se déchire sur un projet de sept mâts

Le promoteur Éolia Condroz a introduit sa demande de permis unique. L’enquête publique s’ouvre lundi. Les riverains promettent de « se battre jusqu’au Conseil d’État ».

Par Jean-François Mertens
Publié le 12/04/2024 à 06:00 Temps de lecture: 4 min

Sept éoliennes de 200 mètres en bout de pale, sur le plateau agricole qui domine le village, à deux pas de la chapelle Saint-Roch. Dans la salle du patro, jeudi soir, la réunion d’information préalable a tourné au dialogue de sourds devant près de deux cents personnes.
« On nous parle de transition, mais c’est nous qui allons vivre avec le bruit et les flashs rouges toutes les nuits », a lancé une habitante sous les applaudissements.

Le plateau agricole où seraient implantés les sept mâts. © D.R.

Le comité de riverains Condroz à contre-vent, qui revendique septante membres, a déjà déposé une première série d’objections. Son porte-parole, Laurent Hubinon, dénonce « un projet parachuté ». « Personne au village n’a été consulté avant que les terrains soient sous option. Les agriculteurs ont signé sans rien dire à leurs voisins », affirme cet ingénieur retraité, qui a épluché les 900 pages de l’étude d’incidences.

Chez Éolia Condroz, on assure avoir « respecté chaque étape de la procédure ». L’administrateur délégué de la société, Koen Vermeiren, rappelle que le parc produirait l’équivalent de la consommation de 14.000 ménages. « Nous proposons aussi une coopérative citoyenne : les habitants pourront acheter des parts et toucher une partie des bénéfices, a-t-il ajouté. Ce n’est pas un projet contre le village. »

Lire aussi | Éolien : la carte wallonne des zones favorables enfin adoptée

Le bourgmestre, Philippe Delvaux, se montre prudent. « Le collège remettra un avis après l’enquête publique, pas avant. Je ne vais pas préjuger d’un dossier que je n’ai pas encore lu en entier », dit-il. « Si on laisse passer ça, on aura des mâts sur toutes les crêtes du Condroz d’ici dix ans », confie en revanche, sous couvert d’anonymat, un échevin de sa majorité.

Au cabinet de la ministre wallonne de l’Énergie, on souligne que la Wallonie « doit doubler sa production éolienne d’ici 2030 » et que « chaque commune doit prendre sa part ». La décision finale reviendra aux fonctionnaires délégué et technique, puis, en cas de recours, à la ministre elle-même.

Tous les agriculteurs ne s’excusent pas d’avoir signé. Marc Ghislain, qui a accepté d’accueillir deux mâts sur ses terres, assume. « Avec ce que je touche pour les deux mâts, je peux garder la ferme. Mes enfants reprendront peut-être. Ceux qui crient aujourd’hui n’ont jamais proposé de m’aider quand le lait était à 25 cents le litre », explique-t-il, les bottes encore crottées.
L’enquête publique court jusqu’au 13 mai. Le comité de riverains organise une marche sur le plateau le 28 avril.

Partager
Le Soir +""",
    [
        ("se battre jusqu’au Conseil d’État", "riverains", "Les riverains", "promettent"),
        (
            "On nous parle de transition, mais c’est nous qui allons vivre avec le bruit et les flashs rouges toutes les nuits",
            "habitante",
            "une habitante",
            "a lancé",
        ),
        ("un projet parachuté", "Laurent Hubinon", "Laurent Hubinon", "dénonce"),
        (
            "Personne au village n’a été consulté avant que les terrains soient sous option. Les agriculteurs ont signé sans rien dire à leurs voisins",
            "Laurent Hubinon",
            "cet ingénieur retraité",
            "affirme",
        ),
        (
            "respecté chaque étape de la procédure",
            "Éolia Condroz",
            ("Chez Éolia Condroz", "Éolia Condroz"),
            "assure",
        ),
        (
            "Nous proposons aussi une coopérative citoyenne : les habitants pourront acheter des parts et toucher une partie des bénéfices",
            "Koen Vermeiren",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Ce n’est pas un projet contre le village.",
            "Koen Vermeiren",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
        (
            "Le collège remettra un avis après l’enquête publique, pas avant. Je ne vais pas préjuger d’un dossier que je n’ai pas encore lu en entier",
            "Philippe Delvaux",
            ("dit-il", "il"),
            "dit",
        ),
        (
            "Si on laisse passer ça, on aura des mâts sur toutes les crêtes du Condroz d’ici dix ans",
            "échevin",
            "un échevin de sa majorité",
            "confie",
        ),
        (
            "doit doubler sa production éolienne d’ici 2030",
            "cabinet de la ministre wallonne de l’Énergie",
            "cabinet de la ministre wallonne de l’Énergie",
            "souligne",
        ),
        (
            "chaque commune doit prendre sa part",
            "cabinet de la ministre wallonne de l’Énergie",
            "cabinet de la ministre wallonne de l’Énergie",
            "souligne",
        ),
        (
            "Avec ce que je touche pour les deux mâts, je peux garder la ferme. Mes enfants reprendront peut-être. Ceux qui crient aujourd’hui n’ont jamais proposé de m’aider quand le lait était à 25 cents le litre",
            "Marc Ghislain",
            ("explique-t-il", "il"),
            "explique",
        ),
    ],
)

article(
    "blind18-fr06",
    "fr",
    f"""Lausanne teste la semaine de quatre jours pour ses employés communaux

Dès le 1er mars, quelque 300 collaborateurs de trois services de la Ville pourront effectuer leurs 40 heures hebdomadaires en quatre jours, sans baisse de salaire. Un essai de dix-huit mois, suivi de près par les autres villes romandes

Julie Monnard
Publié le 23 janvier 2024 à 18:31. / Modifié le 24 janvier 2024 à 09:12.

«{NNB}Nous ne faisons pas de l’idéologie. Nous avons un problème très concret: nous n’arrivons plus à recruter des mécaniciens, des jardiniers ou des informaticiens.{NNB}» Devant la presse, mardi, Nathalie Perrenoud, municipale chargée des ressources humaines, a présenté le projet pilote que la Ville mènera jusqu’en août 2025 au Service des parcs et domaines, au Service de l’eau et au Service informatique.
Dans son préavis, la Municipalité de Lausanne écrit vouloir «{NNB}renforcer l’attractivité de la Ville comme employeur face au secteur privé{NNB}». Les collaborateurs volontaires travailleront dix heures par jour, du lundi au jeudi ou du mardi au vendredi.

Cet article vous est offert. Abonnez-vous pour soutenir un journalisme de qualité.

Au Conseil communal, la droite grince des dents. «{NNB}On teste à grands frais une mesure dont on connaît déjà le résultat: moins d’heures de présence au guichet pour les Lausannois{NNB}», estime le conseiller communal PLR Raphaël Jaquier, qui a déposé une interpellation. Selon lui, l’expérience coûtera «{NNB}au bas mot 1,2 million de francs{NNB}» en remplacements et en heures supplémentaires.
La municipale conteste ce chiffre: «{NNB}Le coût est de 640 000 francs, et il est largement compensé si nous réduisons l’absentéisme ne serait-ce que d’un point.{NNB}»

«Dix heures pour un égoutier, ce n’est pas dix heures de bureau»

L’Association du personnel communal lausannois (APCL) salue «{NNB}un signal bienvenu{NNB}», mais appelle à la prudence. «{NNB}Quatre journées de dix heures, pour un égoutier ou une aide à domicile, ce n’est pas la même chose que pour un employé de bureau, avertit sa présidente, Corinne Despland. Nous serons très attentifs à la santé des collaborateurs.{NNB}»
Hélène Maillard, économiste du travail à l’Université de Lausanne, qui conduira l’évaluation scientifique de l’essai, appelle à «{NNB}se méfier de l’effet vitrine{NNB}». «{NNB}Les essais de ce type donnent presque toujours de bons résultats la première année. Les gens sont motivés, ils savent qu’on les observe. La vraie question, c’est ce qui se passe au bout de trois ans.{NNB}»

Lire aussi: La semaine de quatre jours séduit les PME alémaniques

Au Service des parcs et domaines, où une équipe teste déjà le modèle depuis l’automne, les retours sont contrastés. «Le vendredi libre, c’est formidable pour les enfants. Mais en juillet, finir à 17h30 en pleine chaleur, c’est long», témoigne Sébastien Rochat, jardinier à la Ville depuis 2009.
À Genève, le Conseil d’Etat a fait savoir qu’il «{NNB}suivrait avec intérêt{NNB}» l’expérience lausannoise, sans s’engager davantage.

Le Service des parcs et domaines fait partie des trois services pilotes. © KEYSTONE""",
    [
        (
            "Nous ne faisons pas de l’idéologie. Nous avons un problème très concret: nous n’arrivons plus à recruter des mécaniciens, des jardiniers ou des informaticiens.",
            "Nathalie Perrenoud",
            "Nathalie Perrenoud",
            None,
        ),
        (
            "renforcer l’attractivité de la Ville comme employeur face au secteur privé",
            "Municipalité de Lausanne",
            "la Municipalité de Lausanne",
            "écrit",
        ),
        (
            "On teste à grands frais une mesure dont on connaît déjà le résultat: moins d’heures de présence au guichet pour les Lausannois",
            "Raphaël Jaquier",
            "Raphaël Jaquier",
            "estime",
        ),
        ("au bas mot 1,2 million de francs", "Raphaël Jaquier", ("Selon lui", "lui"), "Selon"),
        (
            "Le coût est de 640 000 francs, et il est largement compensé si nous réduisons l’absentéisme ne serait-ce que d’un point.",
            "Nathalie Perrenoud",
            "La municipale",
            "conteste",
        ),
        (
            "Dix heures pour un égoutier, ce n’est pas dix heures de bureau",
            "Corinne Despland",
            None,
            None,
        ),
        (
            "un signal bienvenu",
            "Association du personnel communal lausannois",
            "L’Association du personnel communal lausannois",
            "salue",
        ),
        (
            "Quatre journées de dix heures, pour un égoutier ou une aide à domicile, ce n’est pas la même chose que pour un employé de bureau",
            "Corinne Despland",
            "Corinne Despland",
            "avertit",
        ),
        (
            "Nous serons très attentifs à la santé des collaborateurs.",
            "Corinne Despland",
            "Corinne Despland",
            "avertit",
        ),
        ("se méfier de l’effet vitrine", "Hélène Maillard", "Hélène Maillard", "appelle"),
        (
            "Les essais de ce type donnent presque toujours de bons résultats la première année. Les gens sont motivés, ils savent qu’on les observe. La vraie question, c’est ce qui se passe au bout de trois ans.",
            "Hélène Maillard",
            None,
            None,
        ),
        (
            "Le vendredi libre, c’est formidable pour les enfants. Mais en juillet, finir à 17h30 en pleine chaleur, c’est long",
            "Sébastien Rochat",
            "Sébastien Rochat",
            "témoigne",
        ),
        ("suivrait avec intérêt", "Conseil d’Etat", "le Conseil d’Etat", "a fait savoir"),
    ],
)

article(
    "blind18-fr07",
    "fr",
    """Fusion des agences rurales : le « choc de simplification » qui ne simplifie rien

Le gouvernement veut marier l’Agence nationale des centres-bourgs et l’Office du patrimoine rural. Officiellement pour faire des économies. Dans les couloirs, personne n’y croit vraiment.

Par Étienne Maurel
Publié le 28/05/2024 à 7:00

C’est une réforme comme la haute administration les aime : un nouveau logo, un nouveau sigle et un organigramme redessiné. D’ici au 1er janvier, l’Agence nationale des centres-bourgs (ANCB) et l’Office du patrimoine rural (OPR) devraient fusionner au sein d’une structure unique, baptisée «France Territoires Vivants». La ministre de la Transformation publique, Sabine Orcel, en a promis «40 millions d’euros d’économies par an».
« Il y avait deux guichets pour le même maire, deux logiciels, deux directions juridiques. Les élus ruraux nous le répétaient depuis des années : simplifiez ! », a-t-elle plaidé mardi devant la commission des finances de l’Assemblée.

Lire aussi : Services publics : la France des sous-préfectures toujours en attente

Le chiffre laisse pourtant perplexe jusque dans les cabinets. « Entre nous, les 40 millions, c’est un chiffre de communication. Personne ici ne sait d’où il sort », glisse un conseiller ministériel. Un rapport d’inspection remis en 2022 pointait certes « un empilement d’opérateurs aux missions redondantes », mais ne chiffrait aucune économie.

Dans les deux agences, l’inquiétude monte. L’Union des personnels des opérateurs de l’État (UPOE), majoritaire à l’ANCB, parle d’un « plan social qui ne dit pas son nom ». Selon son secrétaire général, Franck Deleuze, 180 postes sur 620 seraient menacés, essentiellement dans les antennes régionales.
« On nous vend de la simplification, on nous prépare de la suppression. Les agents l’ont compris depuis longtemps. Ce qu’ils n’ont pas compris, c’est pourquoi on leur a demandé l’an dernier de “renforcer la proximité” avant de fermer leurs bureaux. »
Interrogée par Marianne, la ministre dément. « Personne ne perdra son emploi, a répondu la ministre. Il y aura des redéploiements, pas des licenciements. »

À l’Assemblée, l’opposition affûte ses arguments. « C’est la troisième réforme de ce type en dix ans. À chaque fois, on déménage les bureaux à Paris et on appelle ça de la proximité », raille Jean-Marc Teyssier, député non inscrit de la Creuse. L’élu creusois réclame « un moratoire d’un an » et une véritable étude d’impact, qu’il compte défendre par amendement lors de l’examen du projet de loi.

Du côté des maires, on s’agace surtout de ne pas avoir été consultés. Gisèle Pradal préside la Fédération des maires de villages, qui revendique 3 000 adhérents. « Le problème, ce n’est pas le nombre d’agences. C’est qu’il n’y a plus personne au bout du fil quand un maire appelle pour un dossier de subvention », tranche-t-elle.

Abonnez-vous à Marianne : 1 € le premier mois
Partager sur Facebook Partager sur X""",
    [
        ("40 millions d’euros d’économies par an", "Sabine Orcel", "Sabine Orcel", "a promis"),
        (
            "Il y avait deux guichets pour le même maire, deux logiciels, deux directions juridiques. Les élus ruraux nous le répétaient depuis des années : simplifiez !",
            "Sabine Orcel",
            ("a-t-elle plaidé", "elle"),
            "a-t-elle plaidé",
        ),
        (
            "Entre nous, les 40 millions, c’est un chiffre de communication. Personne ici ne sait d’où il sort",
            "conseiller ministériel",
            "un conseiller ministériel",
            "glisse",
        ),
        ("un empilement d’opérateurs aux missions redondantes", None, None, "pointait"),
        (
            "plan social qui ne dit pas son nom",
            "Union des personnels des opérateurs de l’État",
            "L’Union des personnels des opérateurs de l’État",
            "parle",
        ),
        (
            "On nous vend de la simplification, on nous prépare de la suppression. Les agents l’ont compris depuis longtemps. Ce qu’ils n’ont pas compris, c’est pourquoi on leur a demandé l’an dernier de “renforcer la proximité” avant de fermer leurs bureaux.",
            "Franck Deleuze",
            "Franck Deleuze",
            None,
        ),
        (
            "Personne ne perdra son emploi",
            "Sabine Orcel",
            ("a répondu la ministre", "la ministre"),
            "a répondu",
        ),
        (
            "Il y aura des redéploiements, pas des licenciements.",
            "Sabine Orcel",
            ("a répondu la ministre", "la ministre"),
            "a répondu",
        ),
        (
            "C’est la troisième réforme de ce type en dix ans. À chaque fois, on déménage les bureaux à Paris et on appelle ça de la proximité",
            "Jean-Marc Teyssier",
            "Jean-Marc Teyssier",
            "raille",
        ),
        ("un moratoire d’un an", "Jean-Marc Teyssier", "L’élu creusois", "réclame"),
        (
            "Le problème, ce n’est pas le nombre d’agences. C’est qu’il n’y a plus personne au bout du fil quand un maire appelle pour un dossier de subvention",
            "Gisèle Pradal",
            ("tranche-t-elle", "elle"),
            "tranche",
        ),
    ],
    ["choc de simplification", "France Territoires Vivants"],
)

article(
    "blind18-fr08",
    "fr",
    f"""Éboulement à Castelrieu : la route de la vallée fermée jusqu’à l’été, "on est coupés du monde"

Par Claire Vergnaud, ici Périgord
Publié le mardi 19 mars 2024 à 6:12 - Mis à jour le mardi 19 mars 2024 à 7:45

Écouter l’article
Partager

Depuis l’effondrement d’un pan de falaise dans la nuit du 2 au 3 mars, la route départementale 47 est fermée entre Castelrieu et Le Bugue. Pour rejoindre la vallée, les habitants doivent faire un détour de 38 kilomètres par le plateau. Et la route ne rouvrira pas avant le mois de juillet, au mieux.
«{NB}On est coupés du monde. Les clients de passage ne viennent plus, les habitués font le détour une fois par semaine au lieu de passer tous les jours{NB}», confie Sylvie Mazeau, qui tient le bar-tabac-épicerie du village depuis 2011. Son chiffre d’affaires a chuté «{NB}de moitié{NB}» en deux semaines, dit-elle.

Le conseil départemental de la Dordogne, gestionnaire de la route, a justifié la fermeture par un arrêté qui évoque «{NB}un risque de chute de blocs persistant, incompatible avec toute circulation{NB}». Jean-Claude Lafaye, vice-président chargé des routes, était sur place lundi. «{NB}Je comprends la colère, mais je ne rouvrirai pas une route sur laquelle un rocher de vingt tonnes peut tomber sur un car scolaire{NB}», a-t-il déclaré au micro d’ici Périgord. Les travaux (purge de la falaise, pose de filets et d’un merlon) coûteront «{NB}entre 800 000 euros et un million{NB}», selon l’élu.

Les travaux de sécurisation ne commenceront pas avant mai. © Radio France - Claire Vergnaud

Le géologue mandaté par le Département, Thierry Bouyssou, se montre prudent sur le calendrier. «{NB}La falaise a encore bougé de trois centimètres depuis l’éboulement. Tant que ça bouge, personne ne montera dessus{NB}», explique M. Bouyssou.

À lire aussi : Dordogne : quinze routes sous surveillance après les pluies de l’hiver

Patrick Delpeyrat conduit le car scolaire de la vallée depuis quinze ans. «{NB}Je pars à 6 h 20 au lieu de 7 heures. Les petits de maternelle font cinquante minutes de car. Cinquante minutes, à quatre ans !{NB}», s’indigne-t-il. Certaines familles ont préféré garder leurs enfants à la maison le mercredi.

Le maire de Castelrieu, Henri Fargeot, a demandé au Département la mise en place d’une navette. «{NB}Pour les personnes âgées qui n’ont pas de voiture, c’est un vrai problème : le médecin, la pharmacie, tout est de l’autre côté{NB}», indique le maire. «{NB}On nous a promis une réponse d’ici vendredi. On attend.{NB}»
Une réunion publique est prévue jeudi à 18 heures à la salle des fêtes.

Sur le même thème
Rejoignez la communauté ici Périgord : abonnez-vous à notre newsletter""",
    [
        ("on est coupés du monde", "Sylvie Mazeau", None, None),
        (
            "On est coupés du monde. Les clients de passage ne viennent plus, les habitués font le détour une fois par semaine au lieu de passer tous les jours",
            "Sylvie Mazeau",
            "Sylvie Mazeau",
            "confie",
        ),
        ("de moitié", "Sylvie Mazeau", ("dit-elle", "elle"), "dit"),
        (
            "un risque de chute de blocs persistant, incompatible avec toute circulation",
            "conseil départemental de la Dordogne",
            "Le conseil départemental de la Dordogne",
            "évoque",
        ),
        (
            "Je comprends la colère, mais je ne rouvrirai pas une route sur laquelle un rocher de vingt tonnes peut tomber sur un car scolaire",
            "Jean-Claude Lafaye",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("entre 800 000 euros et un million", "Jean-Claude Lafaye", "l’élu", "selon"),
        (
            "La falaise a encore bougé de trois centimètres depuis l’éboulement. Tant que ça bouge, personne ne montera dessus",
            "Thierry Bouyssou",
            "M. Bouyssou",
            "explique",
        ),
        (
            "Je pars à 6 h 20 au lieu de 7 heures. Les petits de maternelle font cinquante minutes de car. Cinquante minutes, à quatre ans !",
            "Patrick Delpeyrat",
            ("s’indigne-t-il", "il"),
            "s’indigne",
        ),
        (
            "Pour les personnes âgées qui n’ont pas de voiture, c’est un vrai problème : le médecin, la pharmacie, tout est de l’autre côté",
            "Henri Fargeot",
            ("indique le maire", "le maire"),
            "indique",
        ),
        ("On nous a promis une réponse d’ici vendredi. On attend.", "Henri Fargeot", None, None),
    ],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind18_fr.jsonl"), WORDS_RANGE)
