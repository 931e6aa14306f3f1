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
    f"""Beaujolais  Vaux-la-Roche : les parents occupent l’école pour sauver leur troisième classe

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
        ("C’est toujours la même logique comptable.", "Olivier Guinand", "Olivier Guinand", "résume"),
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
        ("On démolira nous-mêmes", "Jean-Toussaint Mariani", ("annonce le gérant", "le gérant"), "annonce"),
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
        ("Il fallait bien que ça arrive un jour.", "couple de Calvais", "un couple de Calvais", None),
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
