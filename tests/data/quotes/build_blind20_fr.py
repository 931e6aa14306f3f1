# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind20_fr.jsonl: a twentieth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a diver found alive after six hours
adrift off the Estérel (Var-Matin faits divers, a multi-paragraph testimony with a nested “ ”
quote, the rescue centre named by its full name), a cattle auction market threatened with
closure (Le Journal de Saône-et-Loire agriculture, a banner slogan, a union communiqué), a rugby
league derby with a disputed try (L'Indépendant sport, no padding, straight apostrophes, an
English quote), drought in the Alentejo translated from a Portuguese regional daily (Courrier
international environnement, the newspaper quoted as a speaker, an anonymous official, a plan's
name), tinnitus among young festival-goers (Slate.fr santé, “ ” marks, a prevention slogan), a
fishermen's association treasurer tried for breach of trust (Le Quotidien de La Réunion justice,
courtroom exchanges, NNBSP padding), a rise in stall fees at a flea market (Tribune de Genève
économie locale, Swiss unpadded marks, the newspaper's own name in marks) and a Walloon-language
theatre troupe losing its hall (L'Avenir culture, a play title, a nested quote). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind20_fr.py`` from tests/data/quotes after editing.
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
    "blind20-fr01",
    "fr",
    f"""Agay : « J’ai cru que personne ne viendrait », un plongeur retrouvé vivant après six heures de dérive

Parti explorer une épave au large du cap Dramont, un Fréjusien de 43 ans a été emporté par le courant mardi. Il a été repéré en fin d’après-midi par un canot de la SNSM.

Laetitia Morvan
Publié le 14/08/2024 à 19:20 | Mis à jour le 14/08/2024 à 21:05

Il était 17 h 40 mardi quand l’équipage d’un semi-rigide de la SNSM de Saint-Raphaël a aperçu une main levée entre deux creux, à près de neuf milles nautiques au large du cap Dramont. Au bout de ce bras, Julien Ferracci, 43 ans, plongeur confirmé originaire de Fréjus, porté disparu depuis la fin de matinée.
«{NB}Il était épuisé, en légère hypothermie, mais conscient et même capable de plaisanter{NB}», a raconté à Var-Matin le patron du canot, Christian Alberti, bénévole depuis vingt-deux ans. «{NB}Franchement, on commençait à perdre espoir.{NB}»
Selon le Centre régional opérationnel de surveillance et de sauvetage en Méditerranée (Cross Med), l’alerte avait été donnée à 12 h 15 par le pilote du bateau de plongée. Parti explorer l’épave d’un chaland de la dernière guerre avec deux autres membres de son club, le quadragénaire n’était pas remonté au point prévu. Un fort courant d’est, «{NB}inhabituel pour la saison{NB}», l’a emporté vers le large, a précisé le Cross dans un communiqué.
Photo Philippe Arnassan
Un hélicoptère Dragon de la Sécurité civile, un avion de surveillance de la Marine et trois embarcations ont quadrillé la zone pendant plus de cinq heures. «{NB}Avec ce courant, la zone de recherche doublait toutes les heures. C’est une aiguille dans une botte de foin{NB}», résume la capitaine de corvette Anne-Sophie Raynal, porte-parole de la préfecture maritime.
Lire aussi : Hyères : un kitesurfeur secouru au large de la presqu’île de Giens
Joint mercredi matin à l’hôpital de Fréjus, où il a passé la nuit en observation, Julien Ferracci a accepté de revenir sur ces heures interminables.
«{NNB}Quand je suis remonté, le bateau n’était plus là. Enfin si, je le voyais, mais à quatre cents mètres, et personne ne me voyait. J’ai gonflé mon parachute de palier, j’ai sifflé, j’ai crié. Rien.
«{NNB}Au bout d’une heure, j’ai compris que je dérivais. Je me suis mis sur le dos pour économiser mes forces. Je pensais à mes filles, je me répétais “ils vont venir, ils vont venir”.
«{NNB}Le pire, c’est quand l’hélicoptère est passé au-dessus de moi sans me voir{NNB}», confie-t-il d’une voix encore éraillée.
Le plongeur dit devoir «{NB}une fière chandelle{NB}» aux sauveteurs bénévoles, à qui il a promis une visite dès sa sortie de l’hôpital.
Son club, Les Mérous d’Agay, a suspendu ses sorties en attendant les conclusions de l’enquête. «{NB}Nos procédures ont été respectées, mais nous voulons comprendre ce qui s’est passé{NB}», indique son président, Patrick Sauvaire. Dans un message publié sur Facebook, l’association dit «{NB}mesurer sa chance{NB}» et remercie «{NB}tous ceux qui ont cherché Julien{NB}».
La gendarmerie maritime a ouvert une enquête, «{NB}comme c’est systématique dans ce type d’accident{NB}», précise-t-on à la préfecture maritime.
Newsletter Var-Matin : recevez chaque matin l’essentiel de l’actu varoise. Je m’inscris
Partager : Facebook X WhatsApp E-mail""",
    [
        ("J’ai cru que personne ne viendrait", "Julien Ferracci", None, None),
        (
            "Il était épuisé, en légère hypothermie, mais conscient et même capable de plaisanter",
            "Christian Alberti",
            "Christian Alberti",
            "a raconté",
        ),
        (
            "Franchement, on commençait à perdre espoir.",
            "Christian Alberti",
            "Christian Alberti",
            "a raconté",
        ),
        (
            "inhabituel pour la saison",
            "Centre régional opérationnel de surveillance et de sauvetage en Méditerranée",
            ("a précisé le Cross", "le Cross"),
            "a précisé",
        ),
        (
            "Avec ce courant, la zone de recherche doublait toutes les heures. C’est une aiguille dans une botte de foin",
            "Anne-Sophie Raynal",
            "Anne-Sophie Raynal",
            "résume",
        ),
        (
            "Quand je suis remonté, le bateau n’était plus là. Enfin si, je le voyais, mais à quatre cents mètres, et personne ne me voyait. J’ai gonflé mon parachute de palier, j’ai sifflé, j’ai crié. Rien.",
            "Julien Ferracci",
            ("confie-t-il", "il"),
            ("confie-t-il", "confie"),
        ),
        (
            "Au bout d’une heure, j’ai compris que je dérivais. Je me suis mis sur le dos pour économiser mes forces. Je pensais à mes filles, je me répétais “ils vont venir, ils vont venir”.",
            "Julien Ferracci",
            ("confie-t-il", "il"),
            ("confie-t-il", "confie"),
        ),
        (
            "Le pire, c’est quand l’hélicoptère est passé au-dessus de moi sans me voir",
            "Julien Ferracci",
            ("confie-t-il", "il"),
            ("confie-t-il", "confie"),
        ),
        ("une fière chandelle", "Julien Ferracci", "Le plongeur", ("plongeur dit", "dit")),
        (
            "Nos procédures ont été respectées, mais nous voulons comprendre ce qui s’est passé",
            "Patrick Sauvaire",
            "Patrick Sauvaire",
            "indique",
        ),
        ("mesurer sa chance", "Les Mérous d’Agay", "l’association", ("l’association dit", "dit")),
        ("tous ceux qui ont cherché Julien", "Les Mérous d’Agay", "l’association", "remercie"),
        (
            "comme c’est systématique dans ce type d’accident",
            "préfecture maritime",
            ("précise-t-on à la préfecture maritime", "préfecture maritime"),
            ("précise-t-on", "précise"),
        ),
    ],
)

article(
    "blind20-fr02",
    "fr",
    f"""Brionnais : le marché au cadran de Vareilles-sur-Arconce menacé, les éleveurs montent au créneau

Par Mathieu Prost - 21 mars 2024 à 06:00 | mis à jour le 21 mars 2024 à 08:45 - Temps de lecture : 3 min

Jeudi matin, une centaine d’éleveurs se sont rassemblés devant le marché. Photo JSL /Mathieu PROST

Ils étaient une centaine, jeudi matin, à s’être donné rendez-vous devant les portes du marché au cadran de Vareilles-sur-Arconce, bottes aux pieds et pancartes à la main. Sur la plus grande, on pouvait lire « Pas de cadran, pas de paysans ». Motif de la colère : la communauté de communes du Pays de l’Arconce envisage de fermer l’équipement, déficitaire depuis six ans.
« On ne peut plus mettre 180 000 euros par an dans un bâtiment qui tourne à moitié », reconnaît le président de l’intercommunalité, Gérard Bonnot. L’élu assure toutefois qu’« aucune décision n’est prise » et qu’une étude sera présentée au conseil communautaire du 12 avril.
Pour les éleveurs, l’argument ne tient pas. « Le cadran, c’est le seul endroit où le prix se fait devant tout le monde, explique Sylvie Desroches, qui élève 90 vaches charolaises à Oyé. Si on ferme, on se retrouve seuls face aux négociants, dans la cour de la ferme. »
Lire aussi : Charolles : la foire de printemps retrouve ses exposants
Chaque jeudi, entre 400 et 600 broutards et vaches de réforme passent sur le ring. Les acheteurs enchérissent par boîtier électronique, et le prix s’affiche sur un grand écran au-dessus des bêtes. « C’est de la transparence, tout simplement », résume Mme Desroches.
Le Syndicat des éleveurs du Brionnais-Charolais, qui a organisé le rassemblement, parle d’un «{NB}coup de poignard{NB}» pour la filière. Dans un communiqué diffusé mercredi soir, il estime que la fermeture «{NB}ferait perdre en moyenne 8 à 12 centimes par kilo vif aux producteurs du secteur{NB}», un chiffre contesté par l’intercommunalité.
Son président, Bernard Lagrange, ne décolère pas. « Ils ont trouvé de l’argent pour refaire le rond-point de l’entrée de ville, mais pas pour l’outil qui fait vivre tout le canton ! » Le responsable syndical demande un moratoire de deux ans, le temps de «{NB}chercher d’autres financeurs, la Région, le Département, les négociants eux-mêmes{NB}».
Du côté des négociants, on se montre plus nuancé. « Un marché comme celui-là, il faut du volume pour qu’il vive. Or les cheptels baissent partout dans le département », observe Hervé Chapuis, négociant en bestiaux à Paray-le-Monial, qui achète chaque semaine au cadran. Il se dit toutefois «{NB}pas favorable{NB}» à la fermeture : «{NB}On y perdrait tous, nous compris.{NB}»
Gérard Bonnot, lui, promet une réunion avec les représentants agricoles « avant la fin du mois ». Le président de la communauté de communes a ajouté qu’il ne voulait « pas être celui qui ferme le cadran ».
Vous souhaitez réagir ? Connectez-vous ou créez un compte
Partager l’article""",
    [
        (
            "On ne peut plus mettre 180 000 euros par an dans un bâtiment qui tourne à moitié",
            "Gérard Bonnot",
            "Gérard Bonnot",
            "reconnaît",
        ),
        ("aucune décision n’est prise", "Gérard Bonnot", "L’élu", "assure"),
        (
            "Le cadran, c’est le seul endroit où le prix se fait devant tout le monde",
            "Sylvie Desroches",
            "Sylvie Desroches",
            "explique",
        ),
        (
            "Si on ferme, on se retrouve seuls face aux négociants, dans la cour de la ferme.",
            "Sylvie Desroches",
            "Sylvie Desroches",
            "explique",
        ),
        (
            "C’est de la transparence, tout simplement",
            "Sylvie Desroches",
            "Mme Desroches",
            "résume",
        ),
        (
            "coup de poignard",
            "Syndicat des éleveurs du Brionnais-Charolais",
            "Le Syndicat des éleveurs du Brionnais-Charolais",
            "parle",
        ),
        (
            "ferait perdre en moyenne 8 à 12 centimes par kilo vif aux producteurs du secteur",
            "Syndicat des éleveurs du Brionnais-Charolais",
            ("il estime", "il"),
            "estime",
        ),
        (
            "Ils ont trouvé de l’argent pour refaire le rond-point de l’entrée de ville, mais pas pour l’outil qui fait vivre tout le canton !",
            "Bernard Lagrange",
            "Bernard Lagrange",
            None,
        ),
        (
            "chercher d’autres financeurs, la Région, le Département, les négociants eux-mêmes",
            "Bernard Lagrange",
            "Le responsable syndical",
            "demande",
        ),
        (
            "Un marché comme celui-là, il faut du volume pour qu’il vive. Or les cheptels baissent partout dans le département",
            "Hervé Chapuis",
            "Hervé Chapuis",
            "observe",
        ),
        ("pas favorable", "Hervé Chapuis", ("Il se dit", "Il"), "se dit"),
        ("On y perdrait tous, nous compris.", "Hervé Chapuis", ("Il se dit", "Il"), "se dit"),
        ("avant la fin du mois", "Gérard Bonnot", "Gérard Bonnot", "promet"),
        (
            "pas être celui qui ferme le cadran",
            "Gérard Bonnot",
            "Le président de la communauté de communes",
            "a ajouté",
        ),
    ],
    ["Pas de cadran, pas de paysans"],
)

article(
    "blind20-fr03",
    "fr",
    """Elite 1 : Salses XIII arrache le derby face à Corbières XIII, l'arbitrage au cœur des débats

L'Indépendant
Publié le 26/01/2025 à 20:14

Il a fallu attendre la 78e minute et un essai en coin de l'ailier Kévin Roig pour voir Salses XIII prendre le dessus (22-18) sur l'Union Corbières XIII, dimanche après-midi au stade Jean-Pujol, devant 2 300 spectateurs. Un derby âpre, haché, et conclu dans la confusion après un essai refusé aux visiteurs à la dernière seconde.
«Je n'ai jamais vu un match aussi tendu ici, souffle Kévin Roig, encore ruisselant. On a eu de la chance à la fin, il faut le reconnaître.»
Dans le vestiaire voisin, l'entraîneur corbiérois, Fabrice Vidal, avait du mal à contenir sa colère. «L'essai de Tavita est valable. Tout le monde l'a vu, sauf celui qui devait le voir», a-t-il lâché, en référence à l'arbitre de la rencontre, M. Loïc Berthier. «On ne va pas pleurer, on a perdu ce match en première mi-temps. Mais ça fait mal.»
À lire aussi : XIII : la saison d'Elite 1, mode d'emploi
Le centre tongien Sione Tavita, auteur de l'action litigieuse, assure avoir «aplati sans aucun doute». «I grounded it, I felt the line under the ball», a-t-il expliqué en anglais, le regard noir, avant de filer vers le bus.
Interrogé à la sortie des vestiaires, l'arbitre n'a pas souhaité s'exprimer. Le délégué fédéral présent au stade, Jean-Marc Castell, a simplement indiqué que le rapport de M. Berthier serait transmis «dans les délais habituels» à la commission de discipline.
Côté salséen, on savoure. «C'est notre troisième victoire de suite, et la plus importante, parce qu'un derby, ça ne se joue pas, ça se gagne», insiste le président du club, Jacques Payrou. L'entraîneur, Olivier Molas, tempère: «On a encore beaucoup trop de déchet. Si on joue comme ça à l'extérieur, on prend quarante points.»
Le capitaine salséen, Mathieu Sabatier, a surtout salué «un public incroyable» et donné rendez-vous aux Corbiérois «dans quinze jours, pour le match retour». Une rencontre qui s'annonce déjà bouillante, au vu des échanges tendus entre les deux bancs en fin de match.
Avec ce succès, Salses XIII remonte à la quatrième place du classement, à deux points du podium. Corbières XIII, qui restait sur deux victoires, glisse au septième rang.
Commentaires (12)
Abonnez-vous à partir de 1€ le premier mois""",
    [
        ("Je n'ai jamais vu un match aussi tendu ici", "Kévin Roig", "Kévin Roig", "souffle"),
        (
            "On a eu de la chance à la fin, il faut le reconnaître.",
            "Kévin Roig",
            "Kévin Roig",
            "souffle",
        ),
        (
            "L'essai de Tavita est valable. Tout le monde l'a vu, sauf celui qui devait le voir",
            "Fabrice Vidal",
            ("a-t-il lâché", "il"),
            "a-t-il lâché",
        ),
        (
            "On ne va pas pleurer, on a perdu ce match en première mi-temps. Mais ça fait mal.",
            "Fabrice Vidal",
            ("a-t-il lâché", "il"),
            "a-t-il lâché",
        ),
        ("aplati sans aucun doute", "Sione Tavita", "Sione Tavita", "assure"),
        (
            "I grounded it, I felt the line under the ball",
            "Sione Tavita",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "dans les délais habituels",
            "Jean-Marc Castell",
            "Jean-Marc Castell",
            "a simplement indiqué",
        ),
        (
            "C'est notre troisième victoire de suite, et la plus importante, parce qu'un derby, ça ne se joue pas, ça se gagne",
            "Jacques Payrou",
            "Jacques Payrou",
            "insiste",
        ),
        (
            "On a encore beaucoup trop de déchet. Si on joue comme ça à l'extérieur, on prend quarante points.",
            "Olivier Molas",
            "Olivier Molas",
            "tempère",
        ),
        ("un public incroyable", "Mathieu Sabatier", "Mathieu Sabatier", "a surtout salué"),
        (
            "dans quinze jours, pour le match retour",
            "Mathieu Sabatier",
            "Mathieu Sabatier",
            "donné rendez-vous",
        ),
    ],
)

article(
    "blind20-fr04",
    "fr",
    f"""Portugal. Dans l’Alentejo, «{NB}l’eau est devenue une question de survie{NB}»

Alors que le barrage de Serra Branca n’est plus rempli qu’à 11{NNB}%, le quotidien régional Correio do Guadiana raconte le désarroi des agriculteurs du sud du pays, sommés de choisir entre leurs oliviers et leurs troupeaux.

Correio do Guadiana - Évora
Publié le 3 juillet 2024 à 05h00 Lecture 4 min.

Sur la route qui descend vers Mértola, les collines ont la couleur de la paille bien avant l’été. Au fond du vallon, le ruisseau qui alimentait les abreuvoirs de la ferme d’António Valente n’existe plus. «{NB}Le lit de la rivière est devenu un chemin. Mes petits-enfants y font du vélo{NB}», raconte cet éleveur de moutons de 67 ans au Correio do Guadiana.
Depuis octobre, la région a reçu «{NB}moins de la moitié des pluies habituelles{NB}», rappelle le quotidien d’Évora, qui cite les relevés de l’Institut portugais de la mer et de l’atmosphère. Le barrage de Serra Branca, qui irrigue près de 40{NB}000 hectares, touche le fond.
«{NB}Ici, l’eau est devenue une question de survie. Pas une question d’économie, de survie{NB}», insiste M. Valente, qui a vendu un tiers de son troupeau au printemps faute de fourrage.
Lire aussi : Espagne. En Andalousie, la guerre des puits est déclarée
Le gouvernement a présenté en mai un plan baptisé «{NB}Água Certa{NB}», qui prévoit de réduire de 25{NB}% les volumes alloués à l’irrigation dès la prochaine campagne. «{NB}Nous ne pouvons plus promettre à tout le monde de l’eau pour tout{NB}», a reconnu la ministre de l’Environnement, Teresa Amaral, lors d’une visite à Beja. Elle a promis des aides pour les petits exploitants, sans en préciser le montant.
Dans les couloirs du ministère de l’Agriculture, on admet que la répartition sera difficile. Un haut fonctionnaire, cité anonymement par le journal, parle d’arbitrages «{NB}douloureux mais inévitables{NB}» et reconnaît que «{NB}les grandes exploitations d’oliviers intensifs ont été servies les premières pendant vingt ans{NB}».
C’est précisément ce que dénonce l’association écologiste Guadiana Viva. Pour elle, l’État «{NB}paie aujourd’hui deux décennies de laxisme{NB}» : «{NB}On a planté des millions d’oliviers en haie sur des terres sèches, avec de l’eau publique, pour exporter de l’huile. Et on s’étonne que les nappes soient vides{NB}?{NB}»
Les scientifiques partagent ce constat. «{NB}Pendant des années, on nous a parlé d’une “sécheresse exceptionnelle”. Il n’y a plus rien d’exceptionnel, c’est le nouveau climat de l’Alentejo{NB}», explique la professeure Inês Martins, hydrologue à l’université d’Évora. Selon elle, le sud du Portugal pourrait perdre «{NB}jusqu’à 30{NB}% de ses ressources en eau d’ici à 2050{NB}».
En attendant, le quotidien décrit des villages où les camions-citernes passent deux fois par semaine, et des maires qui rationnent l’eau des fontaines publiques. António Valente, lui, ne se fait plus d’illusions. «{NB}Mon père a connu des années sèches. Moi, je connais des années sans pluie. Mes petits-enfants ne feront pas ce métier.{NB}»
Source : Correio do Guadiana. Fondé en 1931 à Évora, ce quotidien régional est le plus lu de l’Alentejo. Il consacre depuis deux ans une rubrique hebdomadaire à la sécheresse.
Lire l’article original""",
    [
        ("l’eau est devenue une question de survie", "António Valente", None, None),
        (
            "Le lit de la rivière est devenu un chemin. Mes petits-enfants y font du vélo",
            "António Valente",
            "cet éleveur de moutons de 67 ans",
            "raconte",
        ),
        (
            "moins de la moitié des pluies habituelles",
            "Correio do Guadiana",
            "le quotidien d’Évora",
            "rappelle",
        ),
        (
            "Ici, l’eau est devenue une question de survie. Pas une question d’économie, de survie",
            "António Valente",
            "M. Valente",
            "insiste",
        ),
        (
            "Nous ne pouvons plus promettre à tout le monde de l’eau pour tout",
            "Teresa Amaral",
            "Teresa Amaral",
            "a reconnu",
        ),
        (
            "douloureux mais inévitables",
            "haut fonctionnaire",
            "Un haut fonctionnaire",
            "parle",
        ),
        (
            "les grandes exploitations d’oliviers intensifs ont été servies les premières pendant vingt ans",
            "haut fonctionnaire",
            "Un haut fonctionnaire",
            "reconnaît",
        ),
        (
            "paie aujourd’hui deux décennies de laxisme",
            "Guadiana Viva",
            ("Pour elle", "elle"),
            ("Pour elle", "Pour"),
        ),
        (
            f"On a planté des millions d’oliviers en haie sur des terres sèches, avec de l’eau publique, pour exporter de l’huile. Et on s’étonne que les nappes soient vides{NB}?",
            "Guadiana Viva",
            ("Pour elle", "elle"),
            ("Pour elle", "Pour"),
        ),
        (
            "Pendant des années, on nous a parlé d’une “sécheresse exceptionnelle”. Il n’y a plus rien d’exceptionnel, c’est le nouveau climat de l’Alentejo",
            "Inês Martins",
            "Inês Martins",
            "explique",
        ),
        (
            f"jusqu’à 30{NB}% de ses ressources en eau d’ici à 2050",
            "Inês Martins",
            ("Selon elle", "elle"),
            ("Selon elle", "Selon"),
        ),
        (
            "Mon père a connu des années sèches. Moi, je connais des années sans pluie. Mes petits-enfants ne feront pas ce métier.",
            "António Valente",
            "António Valente",
            None,
        ),
    ],
    ["Água Certa"],
)

article(
    "blind20-fr05",
    "fr",
    """Les acouphènes, ce mal silencieux qui guette toute une génération de festivaliers

Sifflements, bourdonnements, hypersensibilité au bruit… Les ORL voient arriver dans leurs cabinets des patients de plus en plus jeunes. Et la prévention peine à suivre.

Clémence Aubriot — 18 juillet 2024 à 7h15
Temps de lecture: 4 min

Il y a deux ans, au sortir d’une soirée techno dans un entrepôt de Saint-Ouen, Léa (le prénom a été modifié) a remarqué un petit sifflement dans son oreille gauche. “J’ai pensé que ça passerait dans la nuit, comme d’habitude”, raconte cette graphiste de 26 ans. Ça n’est jamais passé.
Aujourd’hui, elle vit avec “une bouilloire permanente dans la tête”. “Le pire, c’est le soir. Dans le silence, il n’y a plus que ça. Alors je m’endors avec un podcast, tous les soirs, depuis deux ans”, dit-elle.
Léa n’est pas un cas isolé. Selon une étude parue en juin dans la Revue européenne d’audiologie, 18% des 18-30 ans déclarent des acouphènes fréquents ou permanents, “une proportion qui a presque doublé en dix ans”, écrit l’épidémiologiste Marion Duclerc, de l’université de Lille, qui a coordonné ces travaux. Dans les conclusions, la chercheuse pointe “le rôle central des concerts, des festivals et de l’écoute au casque à fort volume”.
Publicité
“On voit arriver des patients de 20 ans qui ont l’audition d’un homme de 50 ans”, s’alarme le docteur Antoine Mesguich, ORL à Lyon, qui reçoit chaque été “une petite vague” de jeunes gens après la saison des festivals. Pour lui, le problème n’est pas seulement le volume, mais la durée: “Un festival, c’est trois jours à 100 décibels. L’oreille n’a jamais le temps de récupérer.”
Le médecin le reconnaît: il n’existe aujourd’hui aucun traitement qui fasse disparaître un acouphène installé. On apprend surtout à vivre avec, grâce à des thérapies cognitives ou à des générateurs de bruit blanc. “C’est frustrant pour tout le monde, les patients comme nous”, ajoute-t-il.
Depuis 2018, un décret limite le niveau sonore à 102 décibels en moyenne dans les lieux qui diffusent de la musique amplifiée. Un seuil “bien trop élevé”, juge l’association Silence Intérieur, qui réclame qu’il soit abaissé à 95 décibels et que des zones de repos soient imposées dans tous les festivals.
Les organisateurs, eux, assurent faire des efforts. “On a distribué 40.000 paires de bouchons l’an dernier. Mais on ne peut pas les mettre de force dans les oreilles des gens”, plaide Thomas Gervais, directeur de production d’un grand festival breton. Cet été, l’agence régionale de santé de Bretagne a même placardé sur les sites sa campagne “Tes oreilles, t’en as que deux”, avec un succès difficile à mesurer.
À lire aussi sur Slate: Pourquoi on ne supporte plus le bruit des autres
Léa, elle, ne sort plus sans ses bouchons moulés, achetés 150 euros chez un audioprothésiste. Elle va encore en concert, moins souvent, et toujours loin des enceintes. “Je me dis que si quelqu’un m’avait prévenue à 18 ans, je n’en serais pas là.”
Newsletter: Recevez chaque jour le meilleur de Slate dans votre boîte mail.""",
    [
        (
            "J’ai pensé que ça passerait dans la nuit, comme d’habitude",
            "Léa",
            "cette graphiste de 26 ans",
            "raconte",
        ),
        ("une bouilloire permanente dans la tête", "Léa", ("elle vit", "elle"), None),
        (
            "Le pire, c’est le soir. Dans le silence, il n’y a plus que ça. Alors je m’endors avec un podcast, tous les soirs, depuis deux ans",
            "Léa",
            ("dit-elle", "elle"),
            ("dit-elle", "dit"),
        ),
        (
            "une proportion qui a presque doublé en dix ans",
            "Marion Duclerc",
            "Marion Duclerc",
            "écrit",
        ),
        (
            "le rôle central des concerts, des festivals et de l’écoute au casque à fort volume",
            "Marion Duclerc",
            "la chercheuse",
            "pointe",
        ),
        (
            "On voit arriver des patients de 20 ans qui ont l’audition d’un homme de 50 ans",
            "Antoine Mesguich",
            "Antoine Mesguich",
            "s’alarme",
        ),
        ("une petite vague", "Antoine Mesguich", "Antoine Mesguich", None),
        (
            "Un festival, c’est trois jours à 100 décibels. L’oreille n’a jamais le temps de récupérer.",
            "Antoine Mesguich",
            ("Pour lui", "lui"),
            ("Pour lui", "Pour"),
        ),
        (
            "C’est frustrant pour tout le monde, les patients comme nous",
            "Antoine Mesguich",
            ("ajoute-t-il", "il"),
            ("ajoute-t-il", "ajoute"),
        ),
        ("bien trop élevé", "Silence Intérieur", "l’association Silence Intérieur", "juge"),
        (
            "On a distribué 40.000 paires de bouchons l’an dernier. Mais on ne peut pas les mettre de force dans les oreilles des gens",
            "Thomas Gervais",
            "Thomas Gervais",
            "plaide",
        ),
        (
            "Je me dis que si quelqu’un m’avait prévenue à 18 ans, je n’en serais pas là.",
            "Léa",
            ("Léa, elle", "Léa"),
            None,
        ),
    ],
    ["Tes oreilles, t’en as que deux"],
)

article(
    "blind20-fr06",
    "fr",
    f"""Tribunal de Saint-Pierre : l’ancien trésorier des pêcheurs de Saint-Leu condamné pour abus de confiance

Par Nathalie Hoarau
Le Quotidien de La Réunion | 12 septembre 2024

Dix-huit mois de prison avec sursis et 5{NNB}000 euros d’amende : Jean-Claude Payet, 58 ans, ancien trésorier de l’Association des pêcheurs artisanaux de Saint-Leu (APASL), a été reconnu coupable mercredi par le tribunal correctionnel de Saint-Pierre d’avoir détourné près de 74{NNB}000 euros entre 2019 et 2022.
À la barre, le prévenu, chemise blanche et voix basse, a reconnu «{NNB}des erreurs{NNB}» mais contesté tout enrichissement personnel. «{NNB}J’ai avancé de l’argent à des pêcheurs qui ne pouvaient plus payer leur gasoil. Je n’ai jamais rien mis dans ma poche{NNB}», a-t-il assuré.
Les relevés bancaires épluchés par les enquêteurs racontent une autre histoire : des retraits en liquide réguliers, des courses dans un hypermarché du Tampon, un séjour à Maurice.
«{NNB}Et les 12{NNB}000 euros retirés en liquide un dimanche au distributeur du Port{NNB}?{NNB}», interroge le président du tribunal, Olivier Técher.
«{NNB}Je ne me souviens pas{NNB}», répond le prévenu.
«{NNB}Vous ne vous souvenez pas de 12{NNB}000 euros{NNB}?{NNB}»
Silence dans la salle. Une vingtaine de pêcheurs, venus en nombre, secouent la tête. «{NNB}Nous, on payait nos cotisations pendant qu’il remplissait son frigo{NNB}», lance un patron pêcheur à la suspension d’audience.
Lire aussi : Saint-Paul : un braconnier de bichiques interpellé à l’embouchure de la rivière
Avocate de l’association, qui s’est constituée partie civile, Me Sandrine Grondin a décrit «{NNB}un système{NNB}», pas des erreurs. «{NNB}On ne prête pas de l’argent à des amis en falsifiant des justificatifs{NNB}», a-t-elle plaidé, rappelant que plusieurs factures de gasoil avaient été «{NNB}fabriquées de toutes pièces{NNB}».
La substitute du procureur, Émilie Lauret, avait requis deux ans avec sursis et une interdiction de gérer une association pendant cinq ans. «{NNB}La confiance, dans une petite association, c’est tout ce qu’on a. M. Payet l’a trahie{NNB}», a-t-elle estimé dans ses réquisitions.
Pour l’avocat de la défense, Me Didier Nativel, son client est «{NNB}un homme dépassé, pas un escroc{NNB}», qui a accepté une fonction «{NNB}pour rendre service{NNB}» sans jamais avoir été formé à la comptabilité. À l’issue de l’audience, il a indiqué réfléchir à un appel : «{NNB}Nous allons lire le jugement attentivement.{NNB}»
Le tribunal a également ordonné le remboursement intégral des sommes détournées. Dans un communiqué publié mercredi soir, l’APASL s’est dite «{NNB}soulagée{NNB}» et annonce vouloir «{NNB}tourner la page{NNB}» pour se consacrer à la saison du thon.
Réagir à cet article
Le Quotidien de La Réunion - Abonnez-vous pour 1 € le premier mois""",
    [
        ("des erreurs", "Jean-Claude Payet", "le prévenu", "a reconnu"),
        (
            "J’ai avancé de l’argent à des pêcheurs qui ne pouvaient plus payer leur gasoil. Je n’ai jamais rien mis dans ma poche",
            "Jean-Claude Payet",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            f"Et les 12{NNB}000 euros retirés en liquide un dimanche au distributeur du Port{NNB}?",
            "Olivier Técher",
            "Olivier Técher",
            "interroge",
        ),
        (
            "Je ne me souviens pas",
            "Jean-Claude Payet",
            ("répond le prévenu", "le prévenu"),
            "répond",
        ),
        (f"Vous ne vous souvenez pas de 12{NNB}000 euros{NNB}?", "Olivier Técher", None, None),
        (
            "Nous, on payait nos cotisations pendant qu’il remplissait son frigo",
            "patron pêcheur",
            "un patron pêcheur",
            "lance",
        ),
        ("un système", "Sandrine Grondin", "Sandrine Grondin", "a décrit"),
        (
            "On ne prête pas de l’argent à des amis en falsifiant des justificatifs",
            "Sandrine Grondin",
            ("a-t-elle plaidé", "elle"),
            "a-t-elle plaidé",
        ),
        (
            "fabriquées de toutes pièces",
            "Sandrine Grondin",
            ("a-t-elle plaidé", "elle"),
            "rappelant",
        ),
        (
            "La confiance, dans une petite association, c’est tout ce qu’on a. M. Payet l’a trahie",
            "Émilie Lauret",
            ("a-t-elle estimé", "elle"),
            "a-t-elle estimé",
        ),
        ("un homme dépassé, pas un escroc", "Didier Nativel", "Didier Nativel", "Pour"),
        ("pour rendre service", "Didier Nativel", "Didier Nativel", "Pour"),
        (
            "Nous allons lire le jugement attentivement.",
            "Didier Nativel",
            ("il a indiqué", "il"),
            "a indiqué",
        ),
        ("soulagée", "Association des pêcheurs artisanaux de Saint-Leu", "l’APASL", "s’est dite"),
        (
            "tourner la page",
            "Association des pêcheurs artisanaux de Saint-Leu",
            "l’APASL",
            "annonce",
        ),
    ],
)

article(
    "blind20-fr07",
    "fr",
    """Plainpalais: les brocanteurs vent debout contre la hausse des taxes

La Ville veut augmenter de 40% le prix des emplacements du marché aux puces. Les marchands dénoncent une «mise à mort».

Chloé Rochat
Publié aujourd’hui à 17h32

Abonnez-vous dès maintenant et profitez de la fonction de lecture audio.

Ils ne décolèrent pas. Les quelque 250 marchands du marché aux puces de Plainpalais ont appris par courrier, début octobre, que la taxe d’emplacement passerait de 45 à 63 francs par jour dès le 1er janvier. «C’est une mise à mort lente. Avec les loyers qu’on paie déjà pour nos dépôts, beaucoup vont arrêter», prédit Roland Mottier, brocanteur sur la plaine depuis 1989.
L’Association des marchands des puces de Plainpalais (AMPP) a lancé une pétition qui a recueilli 3100 signatures en une semaine. «Personne ne nous a consultés. On l’a appris comme on apprend une amende», regrette son président, Hugo Favre. L’AMPP réclame «un gel des tarifs jusqu’en 2027 et une vraie concertation».
Interrogée par la «Tribune de Genève», la conseillère administrative chargée de l’Économie, Sandrine Oberson, assume. «Ces tarifs n’avaient pas bougé depuis 2004. Ils ne couvrent même plus le nettoyage de la plaine», explique la magistrate. Elle rappelle que la Ville «investit chaque année 1,2 million» dans l’entretien et la sécurité du site.
Lire aussi: Le marché de Noël de la Fusterie déménage
«Nous ne voulons pas chasser les brocanteurs, assure-t-elle. Mais ce qui ressemble à une gratuité déguisée, c’est fini.» La magistrate évoque toutefois un tarif réduit pour les marchands présents un seul jour par semaine, «à étudier avec l’association».
Dans le courrier adressé aux marchands, que la «Tribune» a pu consulter, le Service du domaine public justifie la hausse par «l’évolution des coûts d’exploitation et le principe de couverture des frais».
Au Conseil municipal, le conseiller Pierre-Alain Gobet a déposé une motion pour geler la hausse. Selon l’élu, la Ville «se trompe de cible»: «Les puces, c’est l’un des derniers endroits où des gens modestes peuvent acheter et vendre. On ne gère pas ça comme un parking.»
Samedi matin, entre deux stands de vaisselle dépareillée et de vinyles, une habituée s’inquiétait à voix haute: «Si les prix montent pour eux, ils monteront pour nous.» Un peu plus loin, Roland Mottier remballait déjà ses lampes en laiton. «Je vais faire mes comptes cet hiver. Si ça ne passe pas, j’arrête à 68 ans. Je n’aurais jamais cru finir comme ça.»
Le budget 2025, qui contient la nouvelle grille tarifaire, sera voté par le Conseil municipal le 14 décembre.
Chloé Rochat est journaliste à la rubrique Genève depuis 2019. Plus d’infos
Vous avez trouvé une erreur? Merci de nous la signaler.""",
    [
        ("mise à mort", "marchands", "Les marchands", "dénoncent"),
        (
            "C’est une mise à mort lente. Avec les loyers qu’on paie déjà pour nos dépôts, beaucoup vont arrêter",
            "Roland Mottier",
            "Roland Mottier",
            "prédit",
        ),
        (
            "Personne ne nous a consultés. On l’a appris comme on apprend une amende",
            "Hugo Favre",
            "Hugo Favre",
            "regrette",
        ),
        (
            "un gel des tarifs jusqu’en 2027 et une vraie concertation",
            "Association des marchands des puces de Plainpalais",
            "L’AMPP",
            "réclame",
        ),
        (
            "Ces tarifs n’avaient pas bougé depuis 2004. Ils ne couvrent même plus le nettoyage de la plaine",
            "Sandrine Oberson",
            "la magistrate",
            "explique",
        ),
        (
            "investit chaque année 1,2 million",
            "Sandrine Oberson",
            ("Elle rappelle", "Elle"),
            "rappelle",
        ),
        (
            "Nous ne voulons pas chasser les brocanteurs",
            "Sandrine Oberson",
            ("assure-t-elle", "elle"),
            ("assure-t-elle", "assure"),
        ),
        (
            "Mais ce qui ressemble à une gratuité déguisée, c’est fini.",
            "Sandrine Oberson",
            ("assure-t-elle", "elle"),
            ("assure-t-elle", "assure"),
        ),
        ("à étudier avec l’association", "Sandrine Oberson", "La magistrate", "évoque"),
        (
            "l’évolution des coûts d’exploitation et le principe de couverture des frais",
            "Service du domaine public",
            "le Service du domaine public",
            "justifie",
        ),
        ("se trompe de cible", "Pierre-Alain Gobet", "l’élu", "Selon"),
        (
            "Les puces, c’est l’un des derniers endroits où des gens modestes peuvent acheter et vendre. On ne gère pas ça comme un parking.",
            "Pierre-Alain Gobet",
            "l’élu",
            "Selon",
        ),
        (
            "Si les prix montent pour eux, ils monteront pour nous.",
            "habituée",
            "une habituée",
            "s’inquiétait",
        ),
        (
            "Je vais faire mes comptes cet hiver. Si ça ne passe pas, j’arrête à 68 ans. Je n’aurais jamais cru finir comme ça.",
            "Roland Mottier",
            "Roland Mottier",
            None,
        ),
    ],
    ["Tribune de Genève", "Tribune"],
)

article(
    "blind20-fr08",
    "fr",
    f"""Fosses-la-Ville: après cent ans, la troupe wallonne de Sart-Bernimont doit quitter sa salle

Fosses-la-Ville | Julien Dethier | Publié le 05/02/2025 à 06:00

Pendant un siècle, chaque hiver, la salle Saint-Joseph de Sart-Bernimont a résonné des rires provoqués par le Cercle dramatique wallon Les Gais Lurons. Ce sera bientôt fini: la fabrique d’église, propriétaire du bâtiment, a décidé de le mettre en vente.
«{NB}On a appris ça par une affiche à la boulangerie. Cent ans, et on l’apprend par une affiche{NB}!{NB}» Marie-Claire Lambotte, présidente de la troupe depuis 2008, n’en revient toujours pas.
La saison du centenaire devait pourtant être exceptionnelle, avec une nouvelle création, «{NB}Li Mariâdje da Zidôre{NB}», une comédie en trois actes écrite par le souffleur de la troupe, et une exposition de photos d’archives à la maison communale.
Photo: ÉdA – Julien Dethier
Dans un courrier daté du 20 janvier, la fabrique d’église Saint-Joseph explique ne plus pouvoir assumer «{NB}des travaux de toiture estimés à plus de 180.000 euros{NB}». «{NB}Nous n’avons rien contre le théâtre, au contraire. Mais une fabrique n’a pas vocation à gérer une salle des fêtes{NB}», a précisé son président, Albert Wauthier, joint par téléphone.
Lire aussi | Namur: le théâtre du Pont reprend ses soirées en wallon
Le bourgmestre de Fosses-la-Ville, Michel Delvaux, dit «{NB}comprendre les deux parties{NB}». La commune pourrait-elle racheter le bâtiment? «{NB}On regarde, mais je ne vais pas vous promettre la lune. Nos finances sont ce qu’elles sont{NB}», répond le mayeur.
L’échevine de la Culture, Nathalie Gérard, évoque une autre piste: accueillir la troupe «{NB}provisoirement{NB}» au centre culturel, le temps de trouver une solution durable. Les comédiens sont sceptiques. «{NB}Le centre culturel, c’est très bien, mais c’est à huit kilomètres, et la moitié de notre public a plus de septante ans{NB}», fait remarquer Mme Lambotte.
Joseph Pirson, 88 ans, est monté sur ces planches pour la première fois en 1951. «{NB}Mon père jouait déjà ici. Avant chaque première, il nous disait{NB}: “Si vous oubliez votre texte, parlez wallon plus fort, personne ne verra la différence.”{NB}» Il rit, puis se reprend. «{NB}Une troupe sans salle, c’est une famille sans maison.{NB}»
Les Gais Lurons joueront leurs dernières représentations dans la salle Saint-Joseph les 14, 15 et 16 mars. «{NB}On fera salle comble, ça, je peux vous le garantir{NB}», sourit Marie-Claire Lambotte.
Partager: Facebook Twitter E-mail
Newsletter L’Avenir: recevez chaque matin l’actualité de votre région""",
    [
        (
            f"On a appris ça par une affiche à la boulangerie. Cent ans, et on l’apprend par une affiche{NB}!",
            "Marie-Claire Lambotte",
            "Marie-Claire Lambotte",
            None,
        ),
        (
            "des travaux de toiture estimés à plus de 180.000 euros",
            "fabrique d’église Saint-Joseph",
            "la fabrique d’église Saint-Joseph",
            "explique",
        ),
        (
            "Nous n’avons rien contre le théâtre, au contraire. Mais une fabrique n’a pas vocation à gérer une salle des fêtes",
            "Albert Wauthier",
            "Albert Wauthier",
            "a précisé",
        ),
        (
            "comprendre les deux parties",
            "Michel Delvaux",
            "Michel Delvaux",
            ("Michel Delvaux, dit", "dit"),
        ),
        (
            "On regarde, mais je ne vais pas vous promettre la lune. Nos finances sont ce qu’elles sont",
            "Michel Delvaux",
            "le mayeur",
            "répond",
        ),
        ("provisoirement", "Nathalie Gérard", "Nathalie Gérard", "évoque"),
        (
            "Le centre culturel, c’est très bien, mais c’est à huit kilomètres, et la moitié de notre public a plus de septante ans",
            "Marie-Claire Lambotte",
            "Mme Lambotte",
            "fait remarquer",
        ),
        (
            f"Mon père jouait déjà ici. Avant chaque première, il nous disait{NB}: “Si vous oubliez votre texte, parlez wallon plus fort, personne ne verra la différence.”",
            "Joseph Pirson",
            "Joseph Pirson",
            None,
        ),
        (
            "Une troupe sans salle, c’est une famille sans maison.",
            "Joseph Pirson",
            ("Il rit", "Il"),
            None,
        ),
        (
            "On fera salle comble, ça, je peux vous le garantir",
            "Marie-Claire Lambotte",
            "Marie-Claire Lambotte",
            "sourit",
        ),
    ],
    ["Li Mariâdje da Zidôre"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind20_fr.jsonl"), WORDS_RANGE)
