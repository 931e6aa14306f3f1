# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind17_fr.jsonl: a seventeenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a green-algae beach closure in
Brittany (Ouest-France style), a condominium vote to paint over a street-art mural (Le Parisien),
a humpback whale lost in an estuary (AFP wire), a food bank's accounts (Mediapart investigation
with a multi-paragraph quote), deaf patients without sign-language interpreters in hospitals
(La Croix), driving-test waiting times (franceinfo), a pétanque tournament disqualification over
underweight boules (L'Équipe) and a knitwear designer accusing a fashion brand of copying
(Libération). Padding varies: NBSP, NNBSP, plain spaces, none, and “ ” in places. Gold
conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind17_fr.py`` after editing.
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
    "blind17-fr01",
    "fr",
    f"""Algues vertes : la plage du Moulin-Rouz fermée après la mort d’un chien

Par Yann Le Goff
Publié le 14/07/2026 à 17h12 Modifié le 14/07/2026 à 18h40

La mairie de Plounévez-Lanmor a pris mardi un arrêté interdisant l’accès à la plage du Moulin-Rouz, où un chien est mort lundi matin après s’être roulé dans un amas d’algues en décomposition. «{NB}On ne peut plus jouer avec ça. Dès qu’il y a un doute, on ferme{NB}», a déclaré le maire, Loïc Kerhervé, devant l’entrée de la plage barrée de rubalise.
La propriétaire de l’animal, une retraitée de Lannevez, dit avoir «{NB}tout vu en quelques minutes{NB}». «{NB}Il est allé dans les algues, il est revenu en titubant et il s’est effondré sur le sable. Je n’ai rien pu faire{NB}», raconte Martine Audren, 67 ans, la voix encore nouée.
La sexagénaire a déposé plainte contre X dès lundi après-midi. «{NB}Je veux savoir pourquoi on laisse encore des familles venir ici alors que tout le monde connaît le danger{NB}», a-t-elle ajouté.
Partager
Lire aussi : Algues vertes : ce que contient le dernier rapport sur les baies bretonnes
Des prélèvements ont été effectués par les services de l’État. Selon la préfecture de l’Arvor, les capteurs installés en haut de la plage ont relevé mardi des concentrations d’hydrogène sulfuré «{NB}nettement supérieures au seuil d’alerte{NB}». «{NB}Les résultats des analyses sur l’animal seront connus d’ici à la fin de la semaine{NB}», a précisé la préfecture dans un communiqué.
Pour l’association Halte aux marées vertes, cet épisode n’a rien d’une surprise. «{NB}Cela fait trente ans qu’on alerte. Trente ans ! Les plans se succèdent et les algues reviennent chaque été{NB}», s’emporte son porte-parole, Gwenaël Tanguy. Le militant pointe la responsabilité de l’élevage intensif dans les bassins versants : «{NB}Tant qu’on ne réduira pas les nitrates à la source, on continuera à compter les morts, qu’ils soient chiens, sangliers ou chevaux.{NB}»
Newsletter Bretagne : recevez chaque matin l’essentiel de l’actualité de votre département
Du côté de la chambre d’agriculture, on refuse d’être désigné comme seul coupable. «{NB}Les agriculteurs ont fait d’énormes efforts, les taux de nitrates ont baissé de moitié en vingt ans{NB}», fait valoir son président, Hervé Le Bihan, qui dénonce un «{NB}procès permanent{NB}». «{NB}On ne peut pas nous demander de tout changer en deux ans, a-t-il poursuivi. Il faut du temps, et il faut de l’argent.{NB}»
Photo : Ouest-France / Yann Le Goff
En attendant, la plage restera fermée «{NB}au moins jusqu’au 1er août{NB}», selon M. Kerhervé. L’élu, qui redoute l’impact sur la saison touristique, assure que les campings voisins ont déjà enregistré des annulations. «{NB}Les gens nous appellent pour savoir s’ils peuvent venir avec leurs enfants. Que voulez-vous que je leur réponde ?{NB}»
Un ramassage mécanique des algues doit commencer jeudi à l’aube, sous la surveillance de pompiers équipés de détecteurs de gaz.""",
    [
        (
            "On ne peut plus jouer avec ça. Dès qu’il y a un doute, on ferme",
            "Loïc Kerhervé",
            "Loïc Kerhervé",
            "a déclaré",
        ),
        (
            "tout vu en quelques minutes",
            "Martine Audren",
            "La propriétaire de l’animal",
            "dit",
        ),
        (
            "Il est allé dans les algues, il est revenu en titubant et il s’est effondré sur le sable. Je n’ai rien pu faire",
            "Martine Audren",
            "Martine Audren",
            "raconte",
        ),
        (
            "Je veux savoir pourquoi on laisse encore des familles venir ici alors que tout le monde connaît le danger",
            "Martine Audren",
            ("a-t-elle ajouté", "elle"),
            "a-t-elle ajouté",
        ),
        (
            "nettement supérieures au seuil d’alerte",
            "préfecture de l’Arvor",
            "la préfecture de l’Arvor",
            "Selon",
        ),
        (
            "Les résultats des analyses sur l’animal seront connus d’ici à la fin de la semaine",
            "préfecture de l’Arvor",
            ("a précisé la préfecture", "la préfecture"),
            "a précisé",
        ),
        (
            "Cela fait trente ans qu’on alerte. Trente ans ! Les plans se succèdent et les algues reviennent chaque été",
            "Gwenaël Tanguy",
            "Gwenaël Tanguy",
            "s’emporte",
        ),
        (
            "Tant qu’on ne réduira pas les nitrates à la source, on continuera à compter les morts, qu’ils soient chiens, sangliers ou chevaux.",
            "Gwenaël Tanguy",
            "Le militant",
            "pointe",
        ),
        (
            "Les agriculteurs ont fait d’énormes efforts, les taux de nitrates ont baissé de moitié en vingt ans",
            "Hervé Le Bihan",
            "Hervé Le Bihan",
            "fait valoir",
        ),
        ("procès permanent", "Hervé Le Bihan", ("qui dénonce", "qui"), "dénonce"),
        (
            "On ne peut pas nous demander de tout changer en deux ans",
            "Hervé Le Bihan",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Il faut du temps, et il faut de l’argent.",
            "Hervé Le Bihan",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        ("au moins jusqu’au 1er août", "Loïc Kerhervé", "M. Kerhervé", "selon"),
        (
            "Les gens nous appellent pour savoir s’ils peuvent venir avec leurs enfants. Que voulez-vous que je leur réponde ?",
            "Loïc Kerhervé",
            None,
            None,
        ),
    ],
)

article(
    "blind17-fr02",
    "fr",
    """Paris 20e : la fresque géante « Les Oiseaux de Belleville » menacée d’effacement par la copropriété

Par Camille Dartois
Le 3 mars 2026 à 07h30

Elle est devenue l’une des façades les plus photographiées de l’est parisien. Depuis 2019, la fresque « Les Oiseaux de Belleville », signée par l’artiste Inès Morvan-Diallo, recouvre le pignon d’un immeuble de six étages de la rue des Envierges-Hautes. Mais l’assemblée générale des copropriétaires a voté fin février son effacement, à l’occasion d’un ravalement obligatoire.
« C’est comme si on m’annonçait qu’on allait repeindre un de mes enfants en beige », souffle l’artiste de 41 ans, rencontrée dans son atelier de Montreuil-sous-Bois. « Je savais que le street art est éphémère. Mais là, ce n’est pas le temps qui l’efface, c’est un vote. »
Le syndic de l’immeuble, le cabinet Ferrand Gestion, assure n’avoir fait qu’appliquer la décision des copropriétaires. « Le ravalement est imposé par la Ville, il n’est pas question d’y déroger. Refaire la fresque à l’identique coûterait plus de 60 000 euros », indique son gérant, Thierry Ferrand, joint par téléphone.
Lire aussi. Street art : à Paris, ces œuvres qui disparaissent dans l’indifférence
Au sein de la copropriété, le vote n’a pas fait l’unanimité. « On est une petite minorité à vouloir la garder. Certains voisins trouvent qu’elle attire trop de monde, les touristes qui font des selfies sous les fenêtres, le bruit le soir… », explique une habitante du troisième étage, qui préfère rester anonyme. Un autre copropriétaire, Bernard Vasseur, 72 ans, assume son vote : « Je n’ai rien contre l’art, mais je n’ai pas choisi de vivre dans un musée. Et ce n’est pas à nous de payer. »
Une pétition en ligne, lancée par le collectif Belleville en couleurs sous le mot d’ordre « Touche pas à mes oiseaux », a déjà recueilli plus de 14 000 signatures. « Cette fresque appartient au quartier autant qu’aux propriétaires du mur », estime sa fondatrice, Sarah Benhamou. Le collectif réclame l’intervention de la mairie d’arrondissement.
Celle-ci se dit « attentive » mais rappelle qu’elle n’a « aucun pouvoir » sur une propriété privée. « Nous proposons une médiation et nous sommes prêts à cofinancer une restauration de l’œuvre après les travaux », a déclaré au Parisien l’adjoint à la culture du 20e arrondissement, Mathieu Quéré. Et d’ajouter : « Mais on ne peut pas forcer des propriétaires à conserver une peinture sur leur mur. »
Newsletter Le Parisien Paris : l’essentiel de l’actu de votre ville, chaque matin
L’artiste, elle, n’a pas dit son dernier mot. Son avocate, Me Julie Castagné, envisage de saisir la justice au nom du droit moral de l’autrice. « Une œuvre peinte sur un mur reste une œuvre. Le propriétaire du support ne peut pas la détruire sans au moins en informer l’artiste et lui proposer de la récupérer », fait-elle valoir.
LP/Camille Dartois
Les échafaudages doivent être montés le 15 avril. D’ici là, le collectif prévoit un rassemblement chaque samedi au pied de l’immeuble.""",
    [
        (
            "C’est comme si on m’annonçait qu’on allait repeindre un de mes enfants en beige",
            "Inès Morvan-Diallo",
            "l’artiste de 41 ans",
            "souffle",
        ),
        (
            "Je savais que le street art est éphémère. Mais là, ce n’est pas le temps qui l’efface, c’est un vote.",
            "Inès Morvan-Diallo",
            None,
            None,
        ),
        (
            "Le ravalement est imposé par la Ville, il n’est pas question d’y déroger. Refaire la fresque à l’identique coûterait plus de 60 000 euros",
            "Thierry Ferrand",
            "Thierry Ferrand",
            "indique",
        ),
        (
            "On est une petite minorité à vouloir la garder. Certains voisins trouvent qu’elle attire trop de monde, les touristes qui font des selfies sous les fenêtres, le bruit le soir…",
            "habitante",
            "une habitante du troisième étage",
            "explique",
        ),
        (
            "Je n’ai rien contre l’art, mais je n’ai pas choisi de vivre dans un musée. Et ce n’est pas à nous de payer.",
            "Bernard Vasseur",
            "Bernard Vasseur",
            "assume",
        ),
        (
            "Cette fresque appartient au quartier autant qu’aux propriétaires du mur",
            "Sarah Benhamou",
            "Sarah Benhamou",
            "estime",
        ),
        ("attentive", "mairie d’arrondissement", "Celle-ci", "se dit"),
        ("aucun pouvoir", "mairie d’arrondissement", ("qu’elle n’a", "elle"), "rappelle"),
        (
            "Nous proposons une médiation et nous sommes prêts à cofinancer une restauration de l’œuvre après les travaux",
            "Mathieu Quéré",
            "Mathieu Quéré",
            "a déclaré",
        ),
        (
            "Mais on ne peut pas forcer des propriétaires à conserver une peinture sur leur mur.",
            "Mathieu Quéré",
            None,
            "Et d’ajouter",
        ),
        (
            "Une œuvre peinte sur un mur reste une œuvre. Le propriétaire du support ne peut pas la détruire sans au moins en informer l’artiste et lui proposer de la récupérer",
            "Julie Castagné",
            ("fait-elle valoir", "elle"),
            "fait-elle valoir",
        ),
    ],
    ["Les Oiseaux de Belleville", "Les Oiseaux de Belleville", "Touche pas à mes oiseaux"],
)

article(
    "blind17-fr03",
    "fr",
    f"""Une baleine à bosse égarée dans l’estuaire de la Sanne, les scientifiques inquiets

Port-Hélian (France), 9 sept 2026 (AFP) - Une baleine à bosse d’une dizaine de mètres remonte depuis samedi l’estuaire de la Sanne, à plus de quinze kilomètres de la mer, une situation rarissime qui inquiète les spécialistes et attire des centaines de curieux sur les berges.
«{NNB}Elle est visiblement désorientée et amaigrie. Chaque jour qui passe en eau saumâtre réduit ses chances{NNB}», a déclaré lundi à l’AFP Claire Rouvier, vétérinaire à l’Observatoire des mammifères marins de Port-Hélian, qui suit l’animal depuis le pneumatique «{NNB}Petit Rorqual{NNB}».
La préfecture maritime a instauré une zone d’exclusion de 300 mètres autour du cétacé et interdit la navigation de plaisance sur cette portion du fleuve. «{NNB}Nous demandons instamment au public de ne pas s’approcher, ni en bateau, ni en kayak, ni avec des drones{NNB}», a indiqué dans un communiqué la préfecture maritime de la Manche-Est.
Des centaines de personnes se sont massées dimanche sur les quais. “On est venus avec les enfants, c’est peut-être la seule fois de notre vie qu’on verra ça”, expliquait Sébastien Maréchal, un habitant de la commune voisine de Lestrac, jumelles autour du cou.
Les experts envisagent plusieurs scénarios, dont une tentative de guidage vers la mer à l’aide de sons émis depuis des bateaux. «{NNB}C’est une technique qui a déjà fonctionné ailleurs, prévient Antoine Chabert, biologiste à l’Institut des sciences de la mer de Kerval. Mais elle n’est jamais garantie, et un animal stressé peut réagir de manière imprévisible.{NNB}»
Selon le chercheur, l’hypothèse d’une euthanasie n’est «{NNB}pas à l’ordre du jour{NNB}». Il rappelle que la baleine «{NNB}respire normalement{NNB}» et plonge encore par intervalles réguliers.
Le maire de Port-Hélian, Didier Lhermitte, a de son côté qualifié la situation d’«{NNB}inédite{NNB}» et appelé à «{NNB}laisser travailler les spécialistes{NNB}». Il a fait installer des barrières le long du quai des Corsaires et demandé à la police municipale de verbaliser les pilotes de drones.
Une source proche de la préfecture maritime évoque toutefois un «{NNB}scénario noir{NNB}» si l’animal venait à s’échouer sur les vasières à marée basse. «{NNB}Déplacer une baleine de trente tonnes échouée dans la vase, personne ne sait vraiment le faire ici{NNB}», a confié cette source sous couvert d’anonymat.
Les pêcheurs de l’estuaire, eux, ont accepté de suspendre leurs sorties. «{NNB}On perd de l’argent, c’est sûr. Mais on ne va pas risquer de la blesser avec nos filets{NNB}», a dit à l’AFP Jean-Marc Olivo, patron du chalutier «{NNB}Saint-Guénolé II{NNB}», amarré depuis dimanche.
D’après l’Observatoire, c’est la première fois qu’une baleine à bosse est observée aussi loin dans un estuaire de la façade atlantique française depuis le début des relevés, en 1972. «{NNB}Nous ne savons pas pourquoi elle est entrée. Peut-être a-t-elle suivi un banc de poissons, peut-être est-elle malade{NNB}», a avancé Mme Rouvier.
Une nouvelle tentative de guidage est prévue mardi à marée haute.
cr-abv/mpm/dlm
© Agence France-Presse""",
    [
        (
            "Elle est visiblement désorientée et amaigrie. Chaque jour qui passe en eau saumâtre réduit ses chances",
            "Claire Rouvier",
            "Claire Rouvier",
            "a déclaré",
        ),
        (
            "Nous demandons instamment au public de ne pas s’approcher, ni en bateau, ni en kayak, ni avec des drones",
            "préfecture maritime de la Manche-Est",
            "la préfecture maritime de la Manche-Est",
            "a indiqué",
        ),
        (
            "On est venus avec les enfants, c’est peut-être la seule fois de notre vie qu’on verra ça",
            "Sébastien Maréchal",
            "Sébastien Maréchal",
            "expliquait",
        ),
        (
            "C’est une technique qui a déjà fonctionné ailleurs",
            "Antoine Chabert",
            "Antoine Chabert",
            "prévient",
        ),
        (
            "Mais elle n’est jamais garantie, et un animal stressé peut réagir de manière imprévisible.",
            "Antoine Chabert",
            "Antoine Chabert",
            "prévient",
        ),
        ("pas à l’ordre du jour", "Antoine Chabert", "le chercheur", "Selon"),
        ("respire normalement", "Antoine Chabert", ("Il rappelle", "Il"), "rappelle"),
        ("inédite", "Didier Lhermitte", "Didier Lhermitte", "qualifié"),
        ("laisser travailler les spécialistes", "Didier Lhermitte", "Didier Lhermitte", "appelé"),
        (
            "scénario noir",
            "source",
            "Une source proche de la préfecture maritime",
            "évoque",
        ),
        (
            "Déplacer une baleine de trente tonnes échouée dans la vase, personne ne sait vraiment le faire ici",
            "source",
            "cette source",
            "a confié",
        ),
        (
            "On perd de l’argent, c’est sûr. Mais on ne va pas risquer de la blesser avec nos filets",
            "Jean-Marc Olivo",
            "Jean-Marc Olivo",
            "a dit",
        ),
        (
            "Nous ne savons pas pourquoi elle est entrée. Peut-être a-t-elle suivi un banc de poissons, peut-être est-elle malade",
            "Claire Rouvier",
            "Mme Rouvier",
            "a avancé",
        ),
    ],
    ["Petit Rorqual", "Saint-Guénolé II"],
)

article(
    "blind17-fr04",
    "fr",
    f"""Banque alimentaire du Val-d’Ormes : les dépenses qui font fuir les bénévoles

Par Nora Belkacem
18 janvier 2026 à 19h02
Offrir l’article  Commenter  Lecture 6 min.

Le hangar de la zone artisanale des Tilleuls ne désemplit pas. Chaque mardi, près de 400 familles viennent y chercher un colis. Mais derrière les palettes de conserves, l’ambiance s’est dégradée. Depuis l’automne, une quinzaine de bénévoles ont quitté la Banque alimentaire du Val-d’Ormes, dénonçant des dépenses qu’ils jugent injustifiables. Mediapart a pu consulter les comptes de l’association pour les années 2023 et 2024.
«{NB}On triait des yaourts périmés pendant que le président se faisait rembourser des dîners au restaurant{NB}», résume Paulette Grimaud, 68 ans, bénévole pendant neuf ans, qui a claqué la porte en septembre.
Julien Fabre, ancien trésorier adjoint, a été l’un des premiers à s’inquiéter. Il raconte :
«{NB}Au début, on ne posait pas de questions. On faisait confiance, c’est le principe même du bénévolat.
«{NB}Et puis on a vu arriver un véhicule neuf, un gros SUV, alors que la camionnette frigorifique tombait en panne une semaine sur deux. Là, on a commencé à regarder les comptes de plus près.{NB}»
Dans son rapport sur l’exercice 2024, le commissaire aux comptes relève que «{NB}plusieurs dépenses de représentation ne sont pas justifiées par des pièces probantes{NB}». Le montant en cause dépasse 38 000 euros, soit l’équivalent de plusieurs dizaines de tonnes de denrées.
Le Journal de Mediapart est indépendant, il ne vit que des abonnements de ses lecteurs.
Le président de l’association, Gérard Mollet, conteste fermement. «{NB}Ces accusations sont diffamatoires. Chaque repas était un repas de travail avec des partenaires ou des donateurs{NB}», a-t-il répondu par écrit à nos questions. Quant au véhicule, il s’agirait selon lui d’un «{NB}outil indispensable{NB}» pour démarcher les supermarchés du département.
Son avocat, Me Olivier Saint-Amand, va plus loin. «{NB}Mon client n’a rien à cacher. Il a lui-même proposé qu’un audit indépendant soit mené, a-t-il affirmé. Ceux qui parlent aujourd’hui ont des comptes personnels à régler.{NB}»
Un ancien administrateur, qui a requis l’anonymat par crainte de poursuites, décrit pourtant un «{NB}climat de peur{NB}» au sein du conseil d’administration. «{NB}Tout le monde savait, personne n’osait rien dire. Ceux qui posaient des questions n’étaient plus convoqués aux réunions.{NB}»
Le conseil départemental du Val-d’Ormes, qui verse chaque année 120 000 euros de subventions à l’association, a été alerté en novembre. «{NB}Nous avons demandé un audit et nous suspendrons notre subvention si les justificatifs ne sont pas fournis d’ici au 31 mars{NB}», fait savoir la collectivité. L’opération de collecte «{NB}Un panier pour tous{NB}», prévue en février dans les supermarchés, est pour l’instant maintenue.
Contactée, la Fédération des épiceries solidaires, à laquelle l’association est affiliée, dit «{NB}suivre le dossier de près{NB}» et rappelle que ses membres s’engagent à une «{NB}gestion transparente{NB}».
Pour Paulette Grimaud, le mal est fait. «{NB}Les familles, elles, ne savent rien de tout ça. Elles viennent chercher de quoi manger. C’est pour elles que je suis en colère.{NB}»""",
    [
        (
            "On triait des yaourts périmés pendant que le président se faisait rembourser des dîners au restaurant",
            "Paulette Grimaud",
            "Paulette Grimaud",
            "résume",
        ),
        (
            "Au début, on ne posait pas de questions. On faisait confiance, c’est le principe même du bénévolat.",
            "Julien Fabre",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Et puis on a vu arriver un véhicule neuf, un gros SUV, alors que la camionnette frigorifique tombait en panne une semaine sur deux. Là, on a commencé à regarder les comptes de plus près.",
            "Julien Fabre",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "plusieurs dépenses de représentation ne sont pas justifiées par des pièces probantes",
            "commissaire aux comptes",
            "le commissaire aux comptes",
            "relève",
        ),
        (
            "Ces accusations sont diffamatoires. Chaque repas était un repas de travail avec des partenaires ou des donateurs",
            "Gérard Mollet",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        ("outil indispensable", "Gérard Mollet", ("selon lui", "lui"), "selon"),
        (
            "Mon client n’a rien à cacher. Il a lui-même proposé qu’un audit indépendant soit mené",
            "Olivier Saint-Amand",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "Ceux qui parlent aujourd’hui ont des comptes personnels à régler.",
            "Olivier Saint-Amand",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        ("climat de peur", "administrateur", "Un ancien administrateur", "décrit"),
        (
            "Tout le monde savait, personne n’osait rien dire. Ceux qui posaient des questions n’étaient plus convoqués aux réunions.",
            "administrateur",
            None,
            None,
        ),
        (
            "Nous avons demandé un audit et nous suspendrons notre subvention si les justificatifs ne sont pas fournis d’ici au 31 mars",
            "conseil départemental du Val-d’Ormes",
            "la collectivité",
            "fait savoir",
        ),
        (
            "suivre le dossier de près",
            "Fédération des épiceries solidaires",
            "la Fédération des épiceries solidaires",
            "dit",
        ),
        (
            "gestion transparente",
            "Fédération des épiceries solidaires",
            "la Fédération des épiceries solidaires",
            "rappelle",
        ),
        (
            "Les familles, elles, ne savent rien de tout ça. Elles viennent chercher de quoi manger. C’est pour elles que je suis en colère.",
            "Paulette Grimaud",
            "Paulette Grimaud",
            None,
        ),
    ],
    ["Un panier pour tous"],
)

article(
    "blind17-fr05",
    "fr",
    f"""Sourds à l’hôpital : «{NNB}On nous soigne sans nous parler{NNB}»

Faute d’interprètes en langue des signes, de nombreux patients sourds vivent leurs séjours hospitaliers dans l’incompréhension. Des associations réclament un droit opposable.

Anne-Laure Pichon
le 02/02/2026 à 06:00
Réservé aux abonnés

Mélanie Cordier se souvient de chaque détail de sa nuit aux urgences de l’hôpital de Vermenton-sur-Oise, en octobre dernier. Sourde de naissance, cette comptable de 39 ans est arrivée avec de violentes douleurs abdominales. Personne, pendant six heures, n’a pu lui expliquer ce qui se passait. «{NNB}Les médecins parlaient entre eux, me tournaient le dos, écrivaient des choses que je ne voyais pas. On nous soigne sans nous parler{NNB}», raconte-t-elle en langue des signes, traduite par une interprète.
Elle a finalement été opérée de l’appendicite au petit matin. «{NNB}J’ai signé un formulaire de consentement sans savoir ce qu’il y avait dedans. Vous imaginez{NNB}?{NNB}»
Son cas est loin d’être isolé. Selon l’Union des sourds de France-Centre, moins d’un hôpital sur cinq dispose d’un service d’interprétariat accessible le jour même. «{NNB}La loi reconnaît la langue des signes depuis vingt ans, mais dans les faits, l’accès aux soins reste une loterie{NNB}», déplore son président, Rachid Lounès.
Lire aussi
Handicap : le difficile accès aux cabinets médicaux
Les interprètes eux-mêmes sont trop peu nombreux. Odile Ferrandi exerce depuis quinze ans et partage son temps entre tribunaux, administrations et services hospitaliers. «{NNB}On m’appelle souvent une heure avant, pour une annonce de diagnostic grave, a-t-elle expliqué. Parfois je suis déjà ailleurs et il n’y a personne d’autre.{NNB}» L’interprète évoque des situations «{NNB}humainement insupportables{NNB}», comme ces familles à qui l’on demande de traduire pour un parent mourant.
Du côté des soignants, on reconnaît les difficultés. Le Dr Hugues Marchetti, chef du service des urgences de Vermenton-sur-Oise, parle d’un «{NNB}angle mort{NNB}» de l’organisation hospitalière. «{NNB}Nous avons une tablette de visio-interprétation, mais elle ne fonctionne qu’en journée et le réseau est mauvais dans certains box. Ce n’est pas digne{NNB}», reconnaît le praticien.
Le ministère de la Santé et de la Solidarité, sollicité par La Croix, indique dans une réponse écrite qu’un plan de «{NNB}déploiement progressif{NNB}» de la visio-interprétation sera engagé en 2026. «{NNB}Tous les établissements de plus de 300 lits devront proposer une solution d’interprétariat vingt-quatre heures sur vingt-quatre d’ici à 2028{NNB}», précise le ministère.
Une échéance jugée bien trop lointaine par les associations. «{NNB}Combien de Mélanie d’ici là{NNB}?{NNB}», interroge M. Lounès, qui a écrit à tous les parlementaires de sa région.
Certaines paroisses, elles, n’ont pas attendu. À Vermenton, la pastorale des personnes handicapées a formé une dizaine de bénévoles aux bases de la langue des signes pour accompagner les patients sourds lors des visites. «{NNB}Ce n’est pas de l’interprétariat médical, nous le savons bien, précise le père Étienne Lagarde, aumônier de l’hôpital. Mais une présence qui comprend, c’est déjà une façon de dire à quelqu’un qu’il n’est pas seul.{NNB}»
Mélanie Cordier, elle, a déposé une réclamation auprès de l’établissement. Elle n’a pas encore reçu de réponse.""",
    [
        ("On nous soigne sans nous parler", "Mélanie Cordier", None, None),
        (
            "Les médecins parlaient entre eux, me tournaient le dos, écrivaient des choses que je ne voyais pas. On nous soigne sans nous parler",
            "Mélanie Cordier",
            ("raconte-t-elle", "elle"),
            "raconte-t-elle",
        ),
        (
            f"J’ai signé un formulaire de consentement sans savoir ce qu’il y avait dedans. Vous imaginez{NNB}?",
            "Mélanie Cordier",
            None,
            None,
        ),
        (
            "La loi reconnaît la langue des signes depuis vingt ans, mais dans les faits, l’accès aux soins reste une loterie",
            "Rachid Lounès",
            "Rachid Lounès",
            "déplore",
        ),
        (
            "On m’appelle souvent une heure avant, pour une annonce de diagnostic grave",
            "Odile Ferrandi",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        (
            "Parfois je suis déjà ailleurs et il n’y a personne d’autre.",
            "Odile Ferrandi",
            ("a-t-elle expliqué", "elle"),
            "a-t-elle expliqué",
        ),
        ("humainement insupportables", "Odile Ferrandi", "L’interprète", "évoque"),
        ("angle mort", "Hugues Marchetti", "Hugues Marchetti", "parle"),
        (
            "Nous avons une tablette de visio-interprétation, mais elle ne fonctionne qu’en journée et le réseau est mauvais dans certains box. Ce n’est pas digne",
            "Hugues Marchetti",
            "le praticien",
            "reconnaît",
        ),
        (
            "déploiement progressif",
            "ministère de la Santé et de la Solidarité",
            "Le ministère de la Santé et de la Solidarité",
            "indique",
        ),
        (
            "Tous les établissements de plus de 300 lits devront proposer une solution d’interprétariat vingt-quatre heures sur vingt-quatre d’ici à 2028",
            "ministère de la Santé et de la Solidarité",
            ("précise le ministère", "le ministère"),
            "précise",
        ),
        (
            f"Combien de Mélanie d’ici là{NNB}?",
            "Rachid Lounès",
            "M. Lounès",
            "interroge",
        ),
        (
            "Ce n’est pas de l’interprétariat médical, nous le savons bien",
            "Étienne Lagarde",
            "Étienne Lagarde",
            "précise",
        ),
        (
            "Mais une présence qui comprend, c’est déjà une façon de dire à quelqu’un qu’il n’est pas seul.",
            "Étienne Lagarde",
            "Étienne Lagarde",
            "précise",
        ),
    ],
)

article(
    "blind17-fr06",
    "fr",
    """Permis de conduire : jusqu’à six mois d’attente pour repasser l’examen, les auto-écoles à bout

Dans la Haute-Orvanne, les candidats recalés doivent patienter des mois avant d’obtenir une nouvelle date. Les moniteurs dénoncent un système «à bout de souffle».

Hugo Ribeiro - franceinfo
Radio France
Publié le 21/05/2026 08:14

Temps de lecture : 3 min

Lucas a 19 ans et un contrat d’apprentissage qui l’attend à une trentaine de kilomètres de chez lui, sans bus pour s’y rendre. Recalé en mars pour une priorité à droite mal négociée, il n’a obtenu une nouvelle date d’examen que pour le mois de septembre. «Mon patron m’a dit qu’il ne pouvait pas me garder si je n’ai pas le permis à la rentrée. Je fais comment, moi?», lâche le jeune homme, rencontré devant son auto-école de Saint-Aubin-d’Orvanne.
Partager l’article sur les réseaux sociaux
Sa monitrice, Sandrine Keller, gérante de l’auto-école Keller Conduite, a fait le calcul. «Entre deux présentations, un élève doit reprendre en moyenne huit à dix heures de conduite pour ne pas perdre le niveau. Ça fait 500 euros de plus pour les familles», explique-t-elle. Pour elle, la situation est devenue «intenable».
La préfecture de la Haute-Orvanne ne compte plus que neuf inspecteurs du permis de conduire, contre quatorze il y a cinq ans. «Des départs en retraite n’ont pas été remplacés et deux postes sont vacants depuis l’an dernier», reconnaît-on dans l’entourage du préfet. La préfecture affirme toutefois avoir «mobilisé des renforts» venus des départements voisins pour l’été.
Insuffisant, selon le Syndicat des écoles de conduite de l’Orvanne. Son secrétaire général, Patrick Delmas, parle d’une «pénurie organisée». «On forme des jeunes correctement, on les présente, et ensuite ils attendent des mois sur le bord de la route. Pendant ce temps-là, certains conduisent quand même, sans permis», avertit-il.
À lire aussi
Sécurité routière : pourquoi les jeunes conducteurs paient leur assurance si cher
Les inspecteurs eux-mêmes disent travailler sous pression. «On nous demande de faire toujours plus d’examens par jour, avec des trajets plus longs entre les centres. Ce n’est pas comme ça qu’on évalue sérieusement un futur conducteur», confie un inspecteur, qui souhaite garder l’anonymat.
Interrogé par franceinfo, le député de la circonscription, Arnaud Pelletier, dit avoir écrit au ministre. «J’ai demandé un plan d’urgence: des recrutements, et la possibilité de passer l’examen dans un département voisin sans refaire tout le dossier», a-t-il indiqué. Selon l’élu, la situation «pénalise d’abord les jeunes des zones rurales, qui n’ont pas d’autre moyen de se déplacer».
Sur les réseaux sociaux, une pétition intitulée «Rendez-nous nos dates» circule depuis le début du mois. Elle a recueilli plus de 6 000 signatures.
Lucas, lui, continue de prendre des leçons une fois par semaine, à ses frais. «Je ne vais pas lâcher. Mais je trouve ça injuste, franchement.»
franceinfo Radio France""",
    [
        ("à bout de souffle", "moniteurs", "Les moniteurs", "dénoncent"),
        (
            "Mon patron m’a dit qu’il ne pouvait pas me garder si je n’ai pas le permis à la rentrée. Je fais comment, moi?",
            "Lucas",
            "le jeune homme",
            "lâche",
        ),
        (
            "Entre deux présentations, un élève doit reprendre en moyenne huit à dix heures de conduite pour ne pas perdre le niveau. Ça fait 500 euros de plus pour les familles",
            "Sandrine Keller",
            ("explique-t-elle", "elle"),
            "explique-t-elle",
        ),
        ("intenable", "Sandrine Keller", ("Pour elle", "elle"), "Pour"),
        (
            "Des départs en retraite n’ont pas été remplacés et deux postes sont vacants depuis l’an dernier",
            "entourage",
            "l’entourage du préfet",
            "reconnaît-on",
        ),
        (
            "mobilisé des renforts",
            "préfecture de la Haute-Orvanne",
            ("La préfecture affirme", "La préfecture"),
            "affirme",
        ),
        ("pénurie organisée", "Patrick Delmas", "Patrick Delmas", "parle"),
        (
            "On forme des jeunes correctement, on les présente, et ensuite ils attendent des mois sur le bord de la route. Pendant ce temps-là, certains conduisent quand même, sans permis",
            "Patrick Delmas",
            ("avertit-il", "il"),
            "avertit-il",
        ),
        (
            "On nous demande de faire toujours plus d’examens par jour, avec des trajets plus longs entre les centres. Ce n’est pas comme ça qu’on évalue sérieusement un futur conducteur",
            "inspecteur",
            "un inspecteur",
            "confie",
        ),
        (
            "J’ai demandé un plan d’urgence: des recrutements, et la possibilité de passer l’examen dans un département voisin sans refaire tout le dossier",
            "Arnaud Pelletier",
            ("a-t-il indiqué", "il"),
            "a-t-il indiqué",
        ),
        (
            "pénalise d’abord les jeunes des zones rurales, qui n’ont pas d’autre moyen de se déplacer",
            "Arnaud Pelletier",
            "l’élu",
            "Selon",
        ),
        (
            "Je ne vais pas lâcher. Mais je trouve ça injuste, franchement.",
            "Lucas",
            None,
            None,
        ),
    ],
    ["Rendez-nous nos dates"],
)

article(
    "blind17-fr07",
    "fr",
    """Pétanque : à Valbrune, l’affaire des boules trop légères fait trembler le carré d’honneur

Disqualifiée en quart de finale pour des boules non conformes, la triplette de Kévin Sarrazin crie au complot. L’arbitre principal assume.

Par Régis Vidaillac (à Valbrune)
Mis à jour le 11 août 2026 à 23h41

Ça devait être la fête, sous les platanes de la place de l’Horloge, devant près de 3 000 spectateurs. Le quart de finale du « Trophée des Platanes » s’est terminé dans les sifflets, dimanche soir, après la disqualification de la triplette menée par Kévin Sarrazin, double vainqueur de l’épreuve. Lors d’un contrôle inopiné, deux de ses boules ont affiché un poids inférieur de 14 grammes à celui gravé sur l’acier.
« Je joue avec ces boules depuis six ans. Six ans ! On me les a pesées cinquante fois, et d’un coup, elles auraient maigri ? », s’est emporté le Varois à la sortie du carré, sous les applaudissements d’une partie du public. « Qu’on m’explique. Moi, je pense qu’on voulait me sortir. »
L’arbitre principal du tournoi, Francis Aubanel, a tenu à justifier sa décision devant la presse. « Le règlement est clair : au-delà d’une tolérance de quelques grammes, la boule n’est plus homologuée. Je n’ai pas à savoir si c’est volontaire ou non », a-t-il déclaré. « Si je ferme les yeux pour un champion, demain je ne peux plus rien dire à personne. »
Selon lui, une boule allégée « peut changer la trajectoire sur un tir au fer », ce que contestent la plupart des joueurs interrogés.
Lire aussi : Mondial de Valbrune : le programme complet des demi-finales
Le camp Sarrazin soupçonne une boule « trafiquée » à son insu et réclame une contre-expertise. « Nous avons des témoins qui ont vu quelqu’un manipuler le sac de Kévin pendant la pause », assure son coéquipier, Mickaël Botella. Le pointeur de 33 ans ajoute qu’il n’écarte pas de porter plainte.
En face, la triplette lyonnaise qualifiée sur tapis vert ne boude pas sa demi-finale, mais avoue une victoire au goût amer. « On aurait préféré gagner sur le terrain, évidemment. Kévin, c’est un monument », a glissé son capitaine, Damien Rochas.
Le fabricant des boules, l’entreprise Arnaudet Sport, s’est dit « stupéfait ». « Nos boules sont contrôlées une par une en usine. Une perte de 14 grammes ne peut pas venir de l’usure normale », a affirmé son directeur technique, Serge Arnaudet, dans un message transmis à L’Équipe.
Newsletter L’Équipe : toute l’actu du sport, le matin dans votre boîte
La Ligue de pétanque de Provence-Orvanne, organisatrice du tournoi, a annoncé l’ouverture d’une enquête disciplinaire. « Aucune sanction supplémentaire ne sera prise avant les conclusions de la commission », a précisé la Ligue dans un communiqué, tout en rappelant son attachement au « fair-play qui fait l’âme de notre sport ».
Dans les allées, les anciens n’en reviennent pas. « De mon temps, on se serait expliqués au bar, et l’affaire était réglée », sourit Marcel Ginoux, 84 ans, habitué de la place depuis soixante ans.
Kévin Sarrazin, lui, a quitté Valbrune dans la nuit. Sur les réseaux sociaux, il a seulement écrit : « La vérité finira par sortir. »""",
    [
        (
            "Je joue avec ces boules depuis six ans. Six ans ! On me les a pesées cinquante fois, et d’un coup, elles auraient maigri ?",
            "Kévin Sarrazin",
            "le Varois",
            "s’est emporté",
        ),
        (
            "Qu’on m’explique. Moi, je pense qu’on voulait me sortir.",
            "Kévin Sarrazin",
            None,
            None,
        ),
        (
            "Le règlement est clair : au-delà d’une tolérance de quelques grammes, la boule n’est plus homologuée. Je n’ai pas à savoir si c’est volontaire ou non",
            "Francis Aubanel",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Si je ferme les yeux pour un champion, demain je ne peux plus rien dire à personne.",
            "Francis Aubanel",
            None,
            None,
        ),
        (
            "peut changer la trajectoire sur un tir au fer",
            "Francis Aubanel",
            ("Selon lui", "lui"),
            "Selon",
        ),
        ("trafiquée", "camp Sarrazin", "Le camp Sarrazin", "soupçonne"),
        (
            "Nous avons des témoins qui ont vu quelqu’un manipuler le sac de Kévin pendant la pause",
            "Mickaël Botella",
            "Mickaël Botella",
            "assure",
        ),
        (
            "On aurait préféré gagner sur le terrain, évidemment. Kévin, c’est un monument",
            "Damien Rochas",
            "Damien Rochas",
            "a glissé",
        ),
        ("stupéfait", "Arnaudet Sport", "l’entreprise Arnaudet Sport", "s’est dit"),
        (
            "Nos boules sont contrôlées une par une en usine. Une perte de 14 grammes ne peut pas venir de l’usure normale",
            "Serge Arnaudet",
            "Serge Arnaudet",
            "a affirmé",
        ),
        (
            "Aucune sanction supplémentaire ne sera prise avant les conclusions de la commission",
            "Ligue de pétanque de Provence-Orvanne",
            ("a précisé la Ligue", "la Ligue"),
            "a précisé",
        ),
        (
            "fair-play qui fait l’âme de notre sport",
            "Ligue de pétanque de Provence-Orvanne",
            ("a précisé la Ligue", "la Ligue"),
            "rappelant",
        ),
        (
            "De mon temps, on se serait expliqués au bar, et l’affaire était réglée",
            "Marcel Ginoux",
            "Marcel Ginoux",
            "sourit",
        ),
        (
            "La vérité finira par sortir.",
            "Kévin Sarrazin",
            ("il a seulement écrit", "il"),
            "a seulement écrit",
        ),
    ],
    ["Trophée des Platanes"],
)

article(
    "blind17-fr08",
    "fr",
    f"""Mode : une tricoteuse de l’Aubrac accuse la marque Ostrande de lui avoir copié ses pulls

Anaïs Terral, qui fabrique à la main des pulls en laine de brebis locale, a découvert ses motifs dans la nouvelle collection d’une marque parisienne en vogue. Celle-ci dément tout plagiat.

Par Léa Fontanel
21 novembre 2026 à 18:27

Elle a d’abord cru à une blague. Début novembre, une cliente envoie à Anaïs Terral la photo d’un pull vu dans la vitrine d’une boutique Ostrande, rue de Turenne-Neuve, à Paris. Même torsade décalée sur l’épaule, même losange brun sur fond écru, même col légèrement évasé. «{NB}C’était mon pull. Pas un pull qui y ressemble{NB}: mon pull, celui que je tricote depuis 2019 dans mon atelier{NB}», assure la créatrice de 34 ans, installée à Saint-Chély-la-Forêt.
Sa collection, baptisée «{NB}Causses{NB}», compte une douzaine de modèles vendus entre 180 et 260 euros, principalement sur les marchés et via son site. Chez Ostrande, le modèle incriminé, rebaptisé “Hautes Terres”, est proposé à 145 euros, fabriqué au Portugal en laine mélangée.
Photo Léa Fontanel pour Libération
Sur Instagram, la publication d’Anaïs Terral comparant les deux pièces a été partagée plus de 40 000 fois. Des centaines de commentaires reprennent le mot d’ordre «{NB}Copier n’est pas créer{NB}». «{NB}Je ne m’attendais pas à ça. Je voulais juste que les gens sachent. Je ne suis pas une influenceuse, je suis une tricoteuse{NB}», sourit-elle.
La marque, elle, conteste fermement. Dans un communiqué publié lundi, Ostrande affirme que ses équipes de création n’ont «{NB}jamais eu connaissance{NB}» du travail de l’artisane. «{NB}Les torsades et les losanges appartiennent au patrimoine commun du tricot. Personne ne peut en revendiquer la propriété{NB}», écrit la marque, qui dit regretter «{NB}un emballement sur les réseaux sociaux{NB}».
Un argument qui ne convainc pas l’avocat de la créatrice, Me Baptiste Roumagnac. «{NB}Le point de départ est peut-être commun, mais c’est la combinaison qui est protégée, et ici tout est identique, jusqu’à la largeur des côtes{NB}», fait-il valoir. Il a adressé une mise en demeure à Ostrande et n’exclut pas une action en contrefaçon devant le tribunal judiciaire.
Pour la juriste Hélène Sauvageot, spécialiste de la propriété intellectuelle dans la mode, le dossier est «{NB}plus solide qu’il n’y paraît{NB}». «{NB}Les tribunaux reconnaissent l’originalité d’un vêtement dès lors qu’il porte l’empreinte de la personnalité de son auteur. Le fait que la créatrice soit une petite artisane ne change rien au droit{NB}», explique l’universitaire.
Inscrivez-vous à la newsletter Libé Mode
Selon un ancien salarié du bureau de style d’Ostrande, qui a requis l’anonymat, la pratique n’aurait rien d’exceptionnel. “On nous demandait de faire de la veille sur Instagram et Etsy, de repérer ce qui marchait chez les petits créateurs”, témoigne-t-il. “Personne ne parlait de copier. Mais tout le monde comprenait.”
Contactée à nouveau vendredi, la direction d’Ostrande n’a pas souhaité commenter ces propos.
Anaïs Terral, elle, a vu ses commandes tripler en deux semaines. «{NB}C’est absurde. Cette histoire me fait vendre plus de pulls que jamais. Mais j’aurai bientôt besoin de trois vies pour tous les tricoter.{NB}»""",
    [
        (
            f"C’était mon pull. Pas un pull qui y ressemble{NB}: mon pull, celui que je tricote depuis 2019 dans mon atelier",
            "Anaïs Terral",
            "la créatrice de 34 ans",
            "assure",
        ),
        (
            "Je ne m’attendais pas à ça. Je voulais juste que les gens sachent. Je ne suis pas une influenceuse, je suis une tricoteuse",
            "Anaïs Terral",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        ("jamais eu connaissance", "Ostrande", ("Ostrande affirme", "Ostrande"), "affirme"),
        (
            "Les torsades et les losanges appartiennent au patrimoine commun du tricot. Personne ne peut en revendiquer la propriété",
            "Ostrande",
            "la marque",
            "écrit",
        ),
        ("un emballement sur les réseaux sociaux", "Ostrande", "la marque", "dit regretter"),
        (
            "Le point de départ est peut-être commun, mais c’est la combinaison qui est protégée, et ici tout est identique, jusqu’à la largeur des côtes",
            "Baptiste Roumagnac",
            ("fait-il valoir", "il"),
            "fait-il valoir",
        ),
        ("plus solide qu’il n’y paraît", "Hélène Sauvageot", "Hélène Sauvageot", "Pour"),
        (
            "Les tribunaux reconnaissent l’originalité d’un vêtement dès lors qu’il porte l’empreinte de la personnalité de son auteur. Le fait que la créatrice soit une petite artisane ne change rien au droit",
            "Hélène Sauvageot",
            "l’universitaire",
            "explique",
        ),
        (
            "On nous demandait de faire de la veille sur Instagram et Etsy, de repérer ce qui marchait chez les petits créateurs",
            "salarié",
            ("témoigne-t-il", "il"),
            "témoigne-t-il",
        ),
        (
            "Personne ne parlait de copier. Mais tout le monde comprenait.",
            "salarié",
            None,
            None,
        ),
        (
            "C’est absurde. Cette histoire me fait vendre plus de pulls que jamais. Mais j’aurai bientôt besoin de trois vies pour tous les tricoter.",
            "Anaïs Terral",
            ("Anaïs Terral, elle, a vu", "Anaïs Terral"),
            None,
        ),
    ],
    ["Causses", "Hautes Terres", "Copier n’est pas créer"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind17_fr.jsonl"), WORDS_RANGE)
