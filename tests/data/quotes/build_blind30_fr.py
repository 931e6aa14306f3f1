# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind30_fr.jsonl: a thirtieth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: containers stuck at the port of
Béjaïa (El Watan, Algeria, economy: a headline quote with a group cue, a terminal operator with
a short name in brackets, straight apostrophes, an internal customs note, an anonymous customs
officer, an interrupted quote), a merchant crew abandoned in Sète (Le Marin, maritime weekly:
a ship's name in marks, a translated multi-paragraph testimony with a nested “ ” promise, the
harbour master's office, an anonymous shipping agent), mould in a private student residence
(Rue89 Strasbourg, housing: NNBSP padding, a dek quote with a group cue, a nested “ ” answer,
a short Q&A whose unmarked answers are not listed while a quote inside them is), a mask
withdrawn from auction after a restitution claim (Le Journal des Arts, art market: a sale and
a book title in marks, a multi-paragraph quote, a seller speaking through his lawyer, an
unnamed ministry source), a business school losing its master's grade (L'Étudiant, higher
education: a headline quote without a cue, the director's e-mail quoted, intertitles, a Q&A, a
rally slogan), a start-up's liquidation bricking smart thermostats (Les Numériques, consumer
tech: NNBSP padding, a headline partial quote, a forum post in “ ”, a tool's name in marks),
green-vanilla thefts in the SAVA region (Midi Madagasikara, agriculture: Malagasy names
surname first, unpadded marks, a regional order quoted without a speaker, an anonymous
gendarmerie officer, a cue-less quote after a colon) and co-owners closing a traboule to
tourists (Lyon Capitale, heritage and tourism: an agreement quoted without a speaker, the
arrondissement mayor, a nested “ ” greeting, a tourist office's communiqué, Mme X). Padding
varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind30_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind30-fr01",
    "fr",
    """Port de Béjaïa : « Nos conteneurs dorment à quai depuis quarante jours », dénoncent les importateurs

La Société de gestion du terminal à conteneurs (SGTC) invoque une panne de portiques et promet un retour à la normale « d'ici la fin du mois ».

Par Nadir Belkacemi
Publié le 14 octobre 2024

Depuis bientôt six semaines, plus de 2 300 conteneurs attendent d'être débarqués ou enlevés au port de Béjaïa. Les camions font la queue sur plusieurs kilomètres à l'entrée de la ville, et les importateurs, réunis samedi au siège de la chambre de commerce de la wilaya, ont laissé éclater leur colère.
« Nos conteneurs dorment à quai depuis quarante jours et on nous facture des surestaries comme si c'était notre faute », a lancé Mourad Tizi, importateur de pièces détachées installé à Akbou. « J'ai trois employés au chômage technique. Qui va les payer ? »
Lire aussi : Importations : le nouveau cahier des charges des concessionnaires publié
Du côté de la SGTC, on reconnaît des « difficultés passagères ». Deux des quatre portiques du terminal sont à l'arrêt depuis le 2 septembre, faute de pièces de rechange. « Les pièces ont été commandées et sont en cours de dédouanement, ce qui est un comble, nous l'admettons », a reconnu son directeur général, Smaïl Aït-Ouali, joint par téléphone.
Le directeur général assure que le premier portique sera remis en service « la semaine prochaine ». Il a par ailleurs annoncé la suspension des pénalités de stationnement pour les conteneurs arrivés après le 1er septembre, une mesure jugée « insuffisante » par les transitaires.
Une note interne de la direction régionale des douanes, dont nous avons obtenu copie, évoque « un risque sérieux de saturation des aires de stockage avant la fin octobre ». Contacté, un cadre des douanes, qui a requis l'anonymat, parle d'une situation « jamais vue depuis 2012 ».
Des camions en attente à l'entrée du port, samedi. Photo : N. B.
Pour Fatiha Merzouk, présidente de l'Association des importateurs de la vallée de la Soummam (AIVS), la crise dépasse la simple panne. « Le port tourne à la limite de ses capacités depuis des années. La panne n'a fait que révéler le problème, explique-t-elle. Tant qu'on ne construira pas le terminal promis en 2019, on revivra ce scénario chaque automne. »
L'association a adressé mardi une lettre au wali de Béjaïa, dans laquelle elle demande « l'ouverture immédiate d'un parc sous douane provisoire à la sortie est de la ville ». Le wali n'avait pas répondu à nos sollicitations hier soir.
Selon un transitaire d'El Kseur, le coût d'un conteneur de 40 pieds bloqué un mois dépasse désormais 600 000 dinars, frais de stationnement et de location compris. Plusieurs importateurs de matières premières disent avoir réduit leurs commandes pour le dernier trimestre.
Partager : Facebook | X | WhatsApp""",
    [
        (
            "Nos conteneurs dorment à quai depuis quarante jours",
            "importateurs",
            "les importateurs",
            "dénoncent",
        ),
        (
            "d'ici la fin du mois",
            "Société de gestion du terminal à conteneurs",
            "La Société de gestion du terminal à conteneurs",
            "promet",
        ),
        (
            "Nos conteneurs dorment à quai depuis quarante jours et on nous facture des surestaries comme si c'était notre faute",
            "Mourad Tizi",
            "Mourad Tizi",
            "a lancé",
        ),
        (
            "J'ai trois employés au chômage technique. Qui va les payer ?",
            "Mourad Tizi",
            "Mourad Tizi",
            "a lancé",
        ),
        (
            "difficultés passagères",
            "Société de gestion du terminal à conteneurs",
            "la SGTC",
            "reconnaît",
        ),
        (
            "Les pièces ont été commandées et sont en cours de dédouanement, ce qui est un comble, nous l'admettons",
            "Smaïl Aït-Ouali",
            "Smaïl Aït-Ouali",
            "a reconnu",
        ),
        ("la semaine prochaine", "Smaïl Aït-Ouali", "Le directeur général", "assure"),
        ("insuffisante", "transitaires", "les transitaires", "jugée"),
        (
            "un risque sérieux de saturation des aires de stockage avant la fin octobre",
            "direction régionale des douanes",
            "la direction régionale des douanes",
            "évoque",
        ),
        ("jamais vue depuis 2012", "cadre des douanes", "un cadre des douanes", "parle"),
        (
            "Le port tourne à la limite de ses capacités depuis des années. La panne n'a fait que révéler le problème",
            "Fatiha Merzouk",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "Tant qu'on ne construira pas le terminal promis en 2019, on revivra ce scénario chaque automne.",
            "Fatiha Merzouk",
            ("explique-t-elle", "elle"),
            "explique",
        ),
        (
            "l'ouverture immédiate d'un parc sous douane provisoire à la sortie est de la ville",
            "Association des importateurs de la vallée de la Soummam",
            ("elle demande", "elle"),
            "demande",
        ),
    ],
)

article(
    "blind30-fr02",
    "fr",
    f"""Abandonnés à Sète, les marins du «{NB}Mira Sol{NB}» attendent leurs salaires depuis cinq mois

Marine marchande | Par Gwenaëlle Le Bihan | Publié le 21/02/2025 à 07h30

Quatorze marins ukrainiens, philippins et indiens vivent depuis le 19 septembre à bord du «{NB}Mira Sol{NB}», un vraquier de 112 mètres immobilisé au quai H du port de Sète par une saisie conservatoire. Leur armateur, la société Halcyon Bulk Carriers, immatriculée aux îles Marshall, ne répond plus ni aux courriers ni aux appels.
«{NB}On mange ce que les gens nous apportent. Le gasoil du groupe électrogène, c’est l’aumônerie qui le paie{NB}», raconte le second capitaine, Oleksandr Hrytsenko, 41 ans, en faisant visiter une cuisine aux placards presque vides. Les salaires ne sont plus versés depuis septembre ; certains marins n’ont pas revu leur famille depuis quatorze mois.
Le plus jeune de l’équipage, le matelot philippin Joel Dimaculangan, 23 ans, témoigne en anglais (nous traduisons) :
«{NB}Quand on est arrivés, on pensait rester trois jours. Le capitaine nous a dit : “Patience, l’argent arrive lundi.” On l’a entendu répéter ça pendant des semaines.
«{NB}Ma mère a dû emprunter pour payer l’école de mes sœurs. Moi, je ne peux pas partir : si je quitte le navire, je perds tout ce qu’on me doit. Alors je reste, et j’attends.{NB}»
Lire aussi | Abandons de navires : le nombre de cas a doublé en trois ans
Le Syndicat maritime des gens de mer (SMGM), par la voix de sa secrétaire régionale, Caroline Méric, a saisi le tribunal de commerce de Montpellier pour obtenir la vente judiciaire du navire. «{NB}C’est la seule façon de garantir que ces hommes seront payés. Un navire abandonné, ça se vend, ça ne se laisse pas rouiller{NB}», estime-t-elle. L’audience est fixée au 6 mars.
La capitainerie du port de Sète indique dans un communiqué avoir «{NB}assuré l’avitaillement en eau potable{NB}» et «{NB}facilité les visites médicales{NB}» depuis l’automne. Elle rappelle toutefois que «{NB}la responsabilité du rapatriement incombe en premier lieu à l’État du pavillon{NB}».
Contacté par courriel, l’armateur n’a pas donné suite. Un agent maritime qui a travaillé pour Halcyon Bulk Carriers jusqu’à l’été assure, sous couvert d’anonymat, que la société «{NB}n’a plus un dollar{NB}» et que «{NB}le navire vaut moins que ses dettes{NB}». Selon lui, deux autres navires de la même flotte seraient immobilisés, l’un à Gênes, l’autre au Pirée.
Le rapatriement de quatre marins indiens pourrait intervenir début mars, a fait savoir l’aumônier du port, le père Anselme Tardieu, qui se rend à bord trois fois par semaine. «{NB}Pour les autres, rien n’est réglé. On leur a promis trop de choses{NB}», a-t-il soupiré.
Sur le quai, des habitants ont déposé des cartons de conserves, des cartes téléphoniques et un vieux téléviseur. Le bosco, un Ukrainien de 58 ans, a accroché à la coupée un petit drapeau bleu et jaune.
Cet article vous est offert. Inscrivez-vous à notre newsletter quotidienne pour suivre l’actualité maritime.""",
    [
        (
            "On mange ce que les gens nous apportent. Le gasoil du groupe électrogène, c’est l’aumônerie qui le paie",
            "Oleksandr Hrytsenko",
            "Oleksandr Hrytsenko",
            "raconte",
        ),
        (
            "Quand on est arrivés, on pensait rester trois jours. Le capitaine nous a dit : “Patience, l’argent arrive lundi.” On l’a entendu répéter ça pendant des semaines.",
            "Joel Dimaculangan",
            "Joel Dimaculangan",
            "témoigne",
        ),
        (
            "Ma mère a dû emprunter pour payer l’école de mes sœurs. Moi, je ne peux pas partir : si je quitte le navire, je perds tout ce qu’on me doit. Alors je reste, et j’attends.",
            "Joel Dimaculangan",
            "Joel Dimaculangan",
            "témoigne",
        ),
        (
            "C’est la seule façon de garantir que ces hommes seront payés. Un navire abandonné, ça se vend, ça ne se laisse pas rouiller",
            "Caroline Méric",
            ("estime-t-elle", "elle"),
            "estime",
        ),
        (
            "assuré l’avitaillement en eau potable",
            "capitainerie du port de Sète",
            "La capitainerie du port de Sète",
            "indique",
        ),
        (
            "facilité les visites médicales",
            "capitainerie du port de Sète",
            "La capitainerie du port de Sète",
            "indique",
        ),
        (
            "la responsabilité du rapatriement incombe en premier lieu à l’État du pavillon",
            "capitainerie du port de Sète",
            "Elle",
            "rappelle",
        ),
        ("n’a plus un dollar", "agent maritime", "Un agent maritime", "assure"),
        ("le navire vaut moins que ses dettes", "agent maritime", "Un agent maritime", "assure"),
        (
            "Pour les autres, rien n’est réglé. On leur a promis trop de choses",
            "Anselme Tardieu",
            ("a-t-il soupiré", "il"),
            "a-t-il soupiré",
        ),
    ],
    ["Mira Sol", "Mira Sol"],
)

article(
    "blind30-fr03",
    "fr",
    f"""Moisissures, punaises et chauffage en panne : à la résidence des Tanneurs, des étudiants à bout

Depuis la rentrée, les locataires d’une résidence étudiante privée de la Krutenau dénoncent des logements «{NNB}insalubres{NNB}». Le gestionnaire promet des travaux.

Par Léa Schaeffer
Publié le 27 novembre 2024 · Mis à jour le 28 novembre 2024

Dans le studio de 17 m² qu’elle loue 590 euros par mois, Inès Boukhari a posé une bassine sous la fenêtre. L’eau ruisselle le long du cadre dès qu’il pleut. «{NNB}J’ai montré les photos à l’agence trois fois. Trois fois, on m’a répondu “on transmet au propriétaire”{NNB}», soupire l’étudiante en deuxième année de droit, 20 ans.
Elle n’est pas seule. Sur les 84 logements de la résidence, gérée par la société Domicampus Gestion, au moins 30 seraient touchés par l’humidité, selon un recensement réalisé par les locataires eux-mêmes. Plusieurs évoquent aussi des punaises de lit et un chauffage collectif «{NNB}en panne une semaine sur deux{NNB}».
À lire aussi : Logement étudiant : la Ville veut encadrer les loyers des résidences privées
Théo Wendling, 22 ans, étudiant en géographie, a monté un collectif de locataires en octobre. Nous lui avons posé deux questions.
Qu’attendez-vous du gestionnaire ?
Un calendrier. Pas des promesses. Quand on a écrit en octobre, Domicampus nous a répondu : «{NNB}Les travaux sont programmés.{NNB}» Programmés quand ? Personne ne sait. En attendant, des gens dorment avec un bonnet.
Vous envisagez une action en justice ?
On a pris contact avec une association de défense des locataires. Si rien ne bouge d’ici janvier, oui. Certains parlent d’une grève des loyers, mais c’est risqué pour des étudiants boursiers qui ont besoin de leurs APL.
Contactée, la société Domicampus Gestion assure avoir «{NNB}pris la mesure de la situation{NNB}». «{NNB}Un plan de travaux de 180 000 euros a été validé par le propriétaire. Les premières interventions débuteront le 9 décembre{NNB}», indique son responsable régional, Pascal Hueber, dans un courriel. Il impute toutefois une partie de l’humidité à «{NNB}un défaut d’aération des occupants{NNB}».
«{NNB}Aérer ? Par une fenêtre qui ne ferme plus ?{NNB}», s’agace Inès Boukhari.
Le service d’hygiène et de santé de la Ville, saisi par deux locataires, a visité la résidence le 21 novembre. Dans son rapport, que nous avons consulté, il relève «{NNB}la présence de moisissures dans 11 logements sur 14 visités{NNB}» et demande au propriétaire de remédier aux désordres «{NNB}sous un délai de deux mois{NNB}».
L’adjointe au maire chargée du logement, Sophie Kieffer-Ndiaye, promet de son côté de «{NNB}ne pas lâcher le dossier{NNB}». Une contre-visite est prévue en janvier.
Soutenez un journalisme local et indépendant : abonnez-vous à partir de 5 euros par mois.""",
    [
        ("insalubres", "locataires", "les locataires", "dénoncent"),
        (
            "J’ai montré les photos à l’agence trois fois. Trois fois, on m’a répondu “on transmet au propriétaire”",
            "Inès Boukhari",
            "l’étudiante",
            "soupire",
        ),
        ("en panne une semaine sur deux", "locataires", "Plusieurs", "évoquent"),
        ("Les travaux sont programmés.", "Domicampus Gestion", "Domicampus", "a répondu"),
        (
            "pris la mesure de la situation",
            "Domicampus Gestion",
            "la société Domicampus Gestion",
            "assure",
        ),
        (
            "Un plan de travaux de 180 000 euros a été validé par le propriétaire. Les premières interventions débuteront le 9 décembre",
            "Pascal Hueber",
            "Pascal Hueber",
            "indique",
        ),
        ("un défaut d’aération des occupants", "Pascal Hueber", "Il", "impute"),
        (
            "Aérer ? Par une fenêtre qui ne ferme plus ?",
            "Inès Boukhari",
            "Inès Boukhari",
            "s’agace",
        ),
        (
            "la présence de moisissures dans 11 logements sur 14 visités",
            "service d’hygiène et de santé de la Ville",
            ("il relève", "il"),
            "relève",
        ),
        (
            "sous un délai de deux mois",
            "service d’hygiène et de santé de la Ville",
            ("il relève", "il"),
            "demande",
        ),
        ("ne pas lâcher le dossier", "Sophie Kieffer-Ndiaye", "Sophie Kieffer-Ndiaye", "promet"),
    ],
)

article(
    "blind30-fr04",
    "fr",
    f"""Restitution : la maison Verlaine & Associés retire un masque sowei de sa vente

Le ministère sierra-léonais de la Culture affirme que l’objet a été «{NB}sorti illégalement{NB}» du pays au début des années 1990. Le vendeur conteste.

Par Bérénice Marchal · 6 mars 2025 · Marché de l’art

La maison de ventes parisienne Verlaine & Associés a retiré mardi soir, à la veille de sa vacation «{NB}Arts d’Afrique et d’Océanie{NB}», le lot 47, un masque-heaume sowei estimé entre 60 000 et 80 000 euros. Le retrait fait suite à un courrier de l’ambassade de Sierra Leone à Paris, reçu lundi par l’étude.
«{NB}Nous avons pris cette décision par précaution, le temps de vérifier les éléments qui nous ont été transmis{NB}», a expliqué le commissaire-priseur Hugues Dampierre, associé de la maison. Il précise que le vendeur, un collectionneur belge, «{NB}a fourni une provenance documentée depuis 1993{NB}».
Masque-heaume sowei, bois et pigments, Sierra Leone, XIXe siècle (détail). © Verlaine & Associés
Dans son courrier, que nous avons pu consulter, l’ambassade de Sierra Leone évoque un objet «{NB}volé en 1991 dans le bois sacré de la société Sande d’un village du district de Bo{NB}» et demande «{NB}sa restitution sans condition au peuple sierra-léonais{NB}». Le ministère de la Culture du pays dit disposer de photographies prises sur place avant la disparition du masque.
Pour l’anthropologue Mariama Kabba-Leclerc, spécialiste des sociétés initiatiques de la région, la question dépasse ce seul lot.
«{NB}Ces masques ne sont pas des œuvres au sens où l’entend le marché. Ils sont dansés, puis conservés, puis parfois détruits, selon des règles que les communautés n’ont jamais cessé d’appliquer.
«{NB}Quand un masque apparaît en vente avec une provenance qui commence en 1993, la vraie question est : que s’est-il passé avant ? Le silence d’un catalogue est déjà une information{NB}», souligne la chercheuse, qui a publié l’an dernier «{NB}Les Visages de la forêt{NB}», un essai consacré aux masques sowei.
Lire aussi : Restitutions : la loi-cadre toujours dans les limbes
Le vendeur, lui, se dit «{NB}stupéfait{NB}». Par la voix de son avocat, Me Laurent Desprez-Vallat, il rappelle avoir acquis le masque «{NB}en toute bonne foi, auprès d’un marchand bruxellois reconnu{NB}». «{NB}Mon client est prêt à discuter, mais il n’acceptera pas d’être traité comme un receleur{NB}», a ajouté l’avocat, qui évoque une «{NB}campagne de presse{NB}».
Au ministère français de la Culture, une source indique que la France «{NB}n’a pas été saisie officiellement{NB}» à ce stade. Une éventuelle procédure passerait par une demande d’entraide entre les deux États, ce qui peut prendre des années.
Ce n’est pas la première fois que la maison est confrontée à une telle demande. En 2021, elle avait déjà retiré deux statuettes réclamées par un musée malien, avant de les remettre en vente un an plus tard, faute de preuves jugées suffisantes.
Le reste de la vacation s’est tenu mercredi et a totalisé 1,2 million d’euros, frais compris. Le lot 47 est conservé dans les réserves de l’étude jusqu’à nouvel ordre.""",
    [
        (
            "sorti illégalement",
            "ministère sierra-léonais de la Culture",
            "Le ministère sierra-léonais de la Culture",
            "affirme",
        ),
        (
            "Nous avons pris cette décision par précaution, le temps de vérifier les éléments qui nous ont été transmis",
            "Hugues Dampierre",
            "Hugues Dampierre",
            "a expliqué",
        ),
        ("a fourni une provenance documentée depuis 1993", "Hugues Dampierre", "Il", "précise"),
        (
            "volé en 1991 dans le bois sacré de la société Sande d’un village du district de Bo",
            "ambassade de Sierra Leone à Paris",
            "l’ambassade de Sierra Leone",
            "évoque",
        ),
        (
            "sa restitution sans condition au peuple sierra-léonais",
            "ambassade de Sierra Leone à Paris",
            "l’ambassade de Sierra Leone",
            "demande",
        ),
        (
            "Ces masques ne sont pas des œuvres au sens où l’entend le marché. Ils sont dansés, puis conservés, puis parfois détruits, selon des règles que les communautés n’ont jamais cessé d’appliquer.",
            "Mariama Kabba-Leclerc",
            "la chercheuse",
            "souligne",
        ),
        (
            "Quand un masque apparaît en vente avec une provenance qui commence en 1993, la vraie question est : que s’est-il passé avant ? Le silence d’un catalogue est déjà une information",
            "Mariama Kabba-Leclerc",
            "la chercheuse",
            "souligne",
        ),
        ("stupéfait", "vendeur", "Le vendeur", "se dit"),
        (
            "en toute bonne foi, auprès d’un marchand bruxellois reconnu",
            "vendeur",
            ("il rappelle", "il"),
            "rappelle",
        ),
        (
            "Mon client est prêt à discuter, mais il n’acceptera pas d’être traité comme un receleur",
            "Laurent Desprez-Vallat",
            "l’avocat",
            "a ajouté",
        ),
        ("campagne de presse", "Laurent Desprez-Vallat", "l’avocat", "évoque"),
        ("n’a pas été saisie officiellement", "source", "une source", "indique"),
    ],
    ["Arts d’Afrique et d’Océanie", "Les Visages de la forêt"],
)

article(
    "blind30-fr05",
    "fr",
    """« On nous a vendu un diplôme visé » : à Lorient, les étudiants de l’ESCM privés du grade de master

Par Camille Rouxel, publié le 15.01.2025 à 09h00

Sommaire
Ce qui change pour les étudiants
Ce que dit l’école
Les recours possibles

C’est un courriel de quatre lignes, reçu le 9 janvier à 18 h 12, qui a mis le feu aux poudres. La direction de l’École supérieure de commerce maritime de Lorient (ESCM) y informe ses 640 étudiants que le Conseil national d’évaluation des écoles de gestion (CNEEG) n’a pas renouvelé le grade de master de son programme grande école. « Cette décision, que nous contestons, n’affecte en rien la qualité de nos enseignements », assure le message, signé du directeur général, Yann Le Floc’h.
Ce qui change pour les étudiants
Concrètement, les étudiants qui obtiendront leur diplôme après le 31 août 2025 auront toujours un diplôme visé par l’État, mais sans le grade de master. « On nous a vendu un diplôme visé grade de master à 11 400 euros l’année. On se retrouve avec un titre maison », résume Maëlys Guillou, 21 ans, en première année de master.
Le grade conditionne notamment l’accès au doctorat et à certains concours de la fonction publique. « Pour moi qui vise une thèse en économie maritime, c’est rédhibitoire », explique Hugo Tanguy, dans la même promotion. Son voisin de table, qui préfère rester anonyme, évoque déjà un départ : « Je regarde les admissions parallèles à Nantes et à Brest. Je ne vais pas attendre de savoir. »
Ce que dit l’école
Joint par téléphone, Yann Le Floc’h a accepté de répondre à nos questions.
Pourquoi le grade n’a-t-il pas été renouvelé ?
On nous reproche un taux d’encadrement insuffisant en professeurs permanents. C’est un critère que nous remplissions il y a encore trois ans. Nous avons recruté six enseignants-chercheurs depuis, et le conseil écrit lui-même dans son avis que l’école est « sur une trajectoire positive ». Je ne comprends pas qu’on sanctionne une école qui progresse.
Les étudiants de M1 sont-ils concernés ?
Aujourd’hui, oui. Nous déposons un recours gracieux cette semaine et, s’il est rejeté, nous irons devant le tribunal administratif. Je me suis engagé devant les étudiants à ce qu’aucun d’entre eux ne soit pénalisé. Je tiendrai cet engagement.
Les recours possibles
Le CNEEG n’a pas souhaité commenter une « procédure en cours ». Dans son avis, publié au Bulletin officiel, il relève néanmoins « des fragilités persistantes dans le pilotage de la recherche » et une « dépendance excessive aux vacataires ».
L’Union des étudiants de Lorient appelle à un rassemblement jeudi devant l’école, sous le mot d’ordre « Pas de grade, pas de frais ». Sa présidente, Nolwenn Kerbrat, réclame le remboursement d’une partie des frais de scolarité : « Si le produit change, le prix doit changer. C’est la logique que l’école nous applique depuis le premier jour. »
Du côté du ministère de l’Enseignement supérieur, on indique que « les étudiants inscrits disposent de garanties » et qu’un « accompagnement personnalisé » sera proposé à ceux qui souhaitent se réorienter.
Newsletter : recevez chaque mercredi nos conseils orientation. Je m’inscris""",
    [
        ("On nous a vendu un diplôme visé", "Maëlys Guillou", None, None),
        (
            "Cette décision, que nous contestons, n’affecte en rien la qualité de nos enseignements",
            "Yann Le Floc’h",
            "Yann Le Floc’h",
            "assure",
        ),
        (
            "On nous a vendu un diplôme visé grade de master à 11 400 euros l’année. On se retrouve avec un titre maison",
            "Maëlys Guillou",
            "Maëlys Guillou",
            "résume",
        ),
        (
            "Pour moi qui vise une thèse en économie maritime, c’est rédhibitoire",
            "Hugo Tanguy",
            "Hugo Tanguy",
            "explique",
        ),
        (
            "Je regarde les admissions parallèles à Nantes et à Brest. Je ne vais pas attendre de savoir.",
            "voisin de table",
            "Son voisin de table",
            "évoque",
        ),
        (
            "sur une trajectoire positive",
            "Conseil national d’évaluation des écoles de gestion",
            "le conseil",
            "écrit",
        ),
        (
            "procédure en cours",
            "Conseil national d’évaluation des écoles de gestion",
            "Le CNEEG",
            "n’a pas souhaité commenter",
        ),
        (
            "des fragilités persistantes dans le pilotage de la recherche",
            "Conseil national d’évaluation des écoles de gestion",
            ("il relève", "il"),
            "relève",
        ),
        (
            "dépendance excessive aux vacataires",
            "Conseil national d’évaluation des écoles de gestion",
            ("il relève", "il"),
            "relève",
        ),
        (
            "Si le produit change, le prix doit changer. C’est la logique que l’école nous applique depuis le premier jour.",
            "Nolwenn Kerbrat",
            "Nolwenn Kerbrat",
            "réclame",
        ),
        (
            "les étudiants inscrits disposent de garanties",
            "ministère de l’Enseignement supérieur",
            "ministère de l’Enseignement supérieur",
            "indique",
        ),
        (
            "accompagnement personnalisé",
            "ministère de l’Enseignement supérieur",
            "ministère de l’Enseignement supérieur",
            "indique",
        ),
    ],
    ["Pas de grade, pas de frais"],
)

article(
    "blind30-fr06",
    "fr",
    f"""Thermostats Calido : la fin des serveurs transforme 200 000 boîtiers en «{NNB}presse-papiers{NNB}»

Par Mathieu Fournel — Publié le 03/04/2025 à 11:47 — Modifié le 03/04/2025 à 15:02

Mauvaise surprise pour les utilisateurs des thermostats Calido. La start-up lyonnaise Thermilo, qui commercialise ces boîtiers depuis 2018, a annoncé mardi dans un billet de blog la fermeture de ses serveurs au 30 juin. Passé cette date, l’application ne fonctionnera plus et les thermostats perdront l’essentiel de leurs fonctions.
«{NNB}Nous avons tout tenté pour trouver un repreneur. Aucune solution n’a pu aboutir dans les délais imposés par la procédure{NNB}», écrit l’entreprise, placée en liquidation judiciaire le 14 mars. Thermilo précise que les appareils conserveront «{NNB}un mode manuel de base{NNB}», sans programmation horaire ni pilotage à distance.
Vous utilisez un bloqueur de publicités. Soutenez-nous en le désactivant ou en vous abonnant.
Pour l’association de consommateurs Vigie Conso, ces thermostats vendus 249 euros deviennent de simples «{NNB}presse-papiers{NNB}». «{NNB}Le consommateur a payé pour un produit, pas pour un abonnement déguisé à la bonne santé d’une start-up{NNB}», dénonce sa juriste, Anaïs Perrot-Lemoine, qui réclame la publication du code source et le remboursement partiel des appareils achetés depuis moins de deux ans.
Sur le forum de la marque, les messages s’accumulent depuis mardi. “Acheté en novembre, mort en juin. Merci pour le cadeau”, ironise Radiat69, un utilisateur de Villeurbanne. D’autres s’inquiètent pour leur chaudière : sans programmation, certains modèles restent bloqués sur la dernière consigne enregistrée.
À lire aussi : Maison connectée : comment choisir un thermostat qui fonctionne sans cloud
Contacté, le cofondateur de Thermilo, Baptiste Oudin, dit comprendre la colère. «{NNB}Je suis le premier à être malheureux. Mais une fois en liquidation, ce n’est plus moi qui décide. Le code fait désormais partie des actifs de l’entreprise, et c’est le liquidateur qui en dispose{NNB}», explique-t-il. Selon lui, une communauté de développeurs pourrait «{NNB}reprendre le flambeau{NNB}» si le liquidateur accepte de céder le code «{NNB}pour un euro symbolique{NNB}».
Le mandataire liquidateur, Me Claire Vasseur-Imbert, n’a pas répondu à nos sollicitations. Sur GitHub, un développeur bordelais, Kévin Marchetti, a déjà publié un outil de contournement baptisé «{NNB}OpenCalido{NNB}», qui permet de piloter le thermostat en réseau local. «{NNB}Ça marche sur les modèles V2, pas sur les V1 : pour ceux-là, il faudra ouvrir le boîtier et souder, ce qui n’est pas à la portée de tout le monde{NNB}», prévient-il.
Le ministère de l’Économie, interrogé, indique «{NNB}examiner la situation au regard du droit de la consommation{NNB}». Plusieurs parlementaires ont par ailleurs interpellé le gouvernement sur la durée minimale pendant laquelle un fabricant d’objets connectés devrait garantir le fonctionnement de ses services en ligne.
En attendant, Thermilo recommande à ses clients de noter leurs réglages actuels avant le 30 juin. Une page d’aide doit être mise en ligne la semaine prochaine.
Vous avez un thermostat Calido ? Racontez-nous votre expérience en commentaires.""",
    [
        ("presse-papiers", "Vigie Conso", None, None),
        (
            "Nous avons tout tenté pour trouver un repreneur. Aucune solution n’a pu aboutir dans les délais imposés par la procédure",
            "Thermilo",
            "l’entreprise",
            "écrit",
        ),
        ("un mode manuel de base", "Thermilo", ("Thermilo précise", "Thermilo"), "précise"),
        ("presse-papiers", "Vigie Conso", "Vigie Conso", "Pour"),
        (
            "Le consommateur a payé pour un produit, pas pour un abonnement déguisé à la bonne santé d’une start-up",
            "Anaïs Perrot-Lemoine",
            "Anaïs Perrot-Lemoine",
            "dénonce",
        ),
        (
            "Acheté en novembre, mort en juin. Merci pour le cadeau",
            "Radiat69",
            "Radiat69",
            "ironise",
        ),
        (
            "Je suis le premier à être malheureux. Mais une fois en liquidation, ce n’est plus moi qui décide. Le code fait désormais partie des actifs de l’entreprise, et c’est le liquidateur qui en dispose",
            "Baptiste Oudin",
            ("explique-t-il", "il"),
            "explique",
        ),
        ("reprendre le flambeau", "Baptiste Oudin", ("Selon lui", "lui"), "Selon"),
        ("pour un euro symbolique", "Baptiste Oudin", ("Selon lui", "lui"), "Selon"),
        (
            "Ça marche sur les modèles V2, pas sur les V1 : pour ceux-là, il faudra ouvrir le boîtier et souder, ce qui n’est pas à la portée de tout le monde",
            "Kévin Marchetti",
            ("prévient-il", "il"),
            "prévient",
        ),
        (
            "examiner la situation au regard du droit de la consommation",
            "ministère de l’Économie",
            "Le ministère de l’Économie",
            "indique",
        ),
    ],
    ["OpenCalido"],
)

article(
    "blind30-fr07",
    "fr",
    """SAVA : les vols de vanille verte se multiplient, les planteurs organisent des rondes nocturnes

Rédaction | 12 juin 2025 | Économie

La campagne de vanille n'a pas encore officiellement démarré que les vols se multiplient déjà dans la région SAVA. À Andapa comme à Sambava, des planteurs passent désormais leurs nuits dans les champs pour protéger des gousses qui ne seront pas mûres avant plusieurs semaines.
« Depuis début mai, j'ai perdu près de 40 kilos de vanille verte. Les voleurs coupent les lianes à la machette, ils détruisent la plantation pour trois ans », se désole Rakotomalala Jean-Aimé, 52 ans, planteur à Ambodivoara. Avec une dizaine de voisins, il a mis en place des tours de garde. «On se relaie par groupes de quatre, de 19 heures à 5 heures. On n'a pas d'armes, seulement des sifflets et des lampes», explique-t-il.
Le gouverneur de la région, Razafindrabe Olivier, a rappelé lors d'une réunion tenue mardi à Sambava que la récolte reste interdite avant la date d'ouverture officielle. «Toute vanille verte transportée avant le 1er juillet sera saisie, et son détenteur poursuivi», a-t-il martelé devant les maires et les chefs de district. Le gouverneur a également promis des barrages de gendarmerie supplémentaires « dès ce week-end » sur les routes nationales 3a et 5a.
L'arrêté régional signé le 28 mai stipule que « toute collecte, tout transport et toute transaction de vanille non préparée sont prohibés » jusqu'à cette date, sous peine d'amende et de confiscation.
Lire aussi : Vanille : les exportateurs réclament une révision du prix plancher
Le Groupement des exportateurs de vanille du Nord-Est (GEVNE) s'inquiète surtout de l'impact sur la qualité. « Une vanille cueillie trop tôt donne des gousses pauvres en vanilline. C'est la réputation de toute la filière qui est en jeu sur le marché international », a déclaré son président, Jaonary Fidèle, joint par notre rédaction. Le groupement appelle les acheteurs à « refuser toute vanille suspecte » et à signaler les collecteurs qui en proposent.
Du côté de la gendarmerie, un officier qui a requis l'anonymat reconnaît que les effectifs sont «largement insuffisants» pour surveiller «des milliers d'hectares dispersés dans la brousse». Une quinzaine de personnes ont été interpellées depuis le début du mois, selon la même source.
Les prix, eux, restent modestes. Sur le marché d'Andapa, la vanille verte volée se négocie entre 60 000 et 80 000 ariary le kilo, bien en dessous des cours attendus pour la vanille préparée. Des collecteurs venus d'autres régions seraient à l'affût, selon plusieurs planteurs.
En attendant, à Ambodivoara, Rakotomalala ne compte pas baisser la garde : «La vanille, c'est l'école des enfants, c'est le toit de la maison. Si on la perd, on perd tout.»
Partager cet article""",
    [
        (
            "Depuis début mai, j'ai perdu près de 40 kilos de vanille verte. Les voleurs coupent les lianes à la machette, ils détruisent la plantation pour trois ans",
            "Rakotomalala Jean-Aimé",
            "Rakotomalala Jean-Aimé",
            "se désole",
        ),
        (
            "On se relaie par groupes de quatre, de 19 heures à 5 heures. On n'a pas d'armes, seulement des sifflets et des lampes",
            "Rakotomalala Jean-Aimé",
            ("explique-t-il", "il"),
            "explique",
        ),
        (
            "Toute vanille verte transportée avant le 1er juillet sera saisie, et son détenteur poursuivi",
            "Razafindrabe Olivier",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        ("dès ce week-end", "Razafindrabe Olivier", "Le gouverneur", "a également promis"),
        (
            "toute collecte, tout transport et toute transaction de vanille non préparée sont prohibés",
            None,
            None,
            "stipule",
        ),
        (
            "Une vanille cueillie trop tôt donne des gousses pauvres en vanilline. C'est la réputation de toute la filière qui est en jeu sur le marché international",
            "Jaonary Fidèle",
            "Jaonary Fidèle",
            "a déclaré",
        ),
        (
            "refuser toute vanille suspecte",
            "Groupement des exportateurs de vanille du Nord-Est",
            "Le groupement",
            "appelle",
        ),
        ("largement insuffisants", "officier", "un officier", "reconnaît"),
        (
            "des milliers d'hectares dispersés dans la brousse",
            "officier",
            "un officier",
            "reconnaît",
        ),
        (
            "La vanille, c'est l'école des enfants, c'est le toit de la maison. Si on la perd, on perd tout.",
            "Rakotomalala Jean-Aimé",
            ("Ambodivoara, Rakotomalala", "Rakotomalala"),
            None,
        ),
    ],
)

article(
    "blind30-fr08",
    "fr",
    f"""Croix-Rousse : excédés par les touristes, des copropriétaires ferment une traboule

Par Romain Delorme | 18/07/2025 | Actualité

La grille est fermée depuis lundi, un cadenas neuf accroché à la poignée. La traboule du 14, montée des Tisserands, qui relie depuis le XIXe siècle deux rues des pentes de la Croix-Rousse, n’est plus accessible au public. Les copropriétaires de l’immeuble ont voté sa fermeture en assemblée générale extraordinaire, par 23 voix contre 4.
«{NB}On a des groupes de trente personnes qui passent sous nos fenêtres dès 8 heures du matin, des gens qui urinent dans la cour, qui sonnent aux interphones pour s’amuser{NB}», énumère Danielle Vernay, présidente du conseil syndical, qui vit dans l’immeuble depuis 1986. «{NB}On n’est pas un musée, on est des habitants.{NB}»
Comme plusieurs dizaines d’immeubles du quartier, la copropriété avait signé avec la Ville une convention d’ouverture au public, en échange d’une participation aux frais d’entretien et d’éclairage. Le texte prévoit que l’ouverture peut être suspendue «{NB}en cas de troubles graves et répétés à la tranquillité des occupants{NB}».
La grille de la traboule, fermée depuis lundi. © R. D.
Le maire du 4e arrondissement, Florian Chabert-Nguyen, dit «{NB}comprendre l’exaspération{NB}» mais regrette une décision «{NB}prise sans concertation{NB}». «{NB}Fermer, c’est la solution de facilité. Nous proposions des horaires d’ouverture réduits et une signalétique pour rappeler aux visiteurs qu’ils entrent chez des gens{NB}», a réagi l’élu sur ses réseaux sociaux.
Les guides conférenciers, eux, s’inquiètent. «{NB}Cette traboule, c’est un passage obligé de toutes nos visites des pentes. Sans elle, le parcours perd son sens{NB}», déplore Marc-Antoine Ribeyre, guide depuis quinze ans, qui promet de «{NB}respecter les consignes de silence{NB}» si la grille rouvre.
Lire aussi : Vieux-Lyon : la Ville teste des «{NB}ambassadeurs du calme{NB}» dans les traboules
L’office de tourisme métropolitain a fait savoir dans un communiqué qu’il retirait la traboule de ses parcours «{NB}jusqu’à nouvel ordre{NB}» et qu’il appelait les visiteurs à «{NB}la plus grande discrétion dans les parties privées{NB}».
Au rez-de-chaussée, tout le monde ne partage pas l’avis de la majorité. «{NB}Avant, les touristes disaient “bonjour monsieur” en passant. Maintenant, ils filment ma porte{NB}», sourit Joseph Amrani, 78 ans, ancien typographe, qui a voté contre la fermeture. Lui plaide pour «{NB}un juste milieu{NB}», avec une ouverture limitée aux après-midi.
Une réunion entre la copropriété et la mairie d’arrondissement est prévue début septembre. «{NB}D’ici là, la grille restera fermée. Et si la Ville veut la rouvrir, qu’elle vienne nettoyer la cour{NB}», prévient Mme Vernay.
Partager cet article : Facebook · X · LinkedIn · Copier le lien
Abonnez-vous à notre newsletter du matin""",
    [
        (
            "On a des groupes de trente personnes qui passent sous nos fenêtres dès 8 heures du matin, des gens qui urinent dans la cour, qui sonnent aux interphones pour s’amuser",
            "Danielle Vernay",
            "Danielle Vernay",
            "énumère",
        ),
        (
            "On n’est pas un musée, on est des habitants.",
            "Danielle Vernay",
            "Danielle Vernay",
            "énumère",
        ),
        (
            "en cas de troubles graves et répétés à la tranquillité des occupants",
            None,
            None,
            "prévoit",
        ),
        ("comprendre l’exaspération", "Florian Chabert-Nguyen", "Florian Chabert-Nguyen", "dit"),
        ("prise sans concertation", "Florian Chabert-Nguyen", "Florian Chabert-Nguyen", "regrette"),
        (
            "Fermer, c’est la solution de facilité. Nous proposions des horaires d’ouverture réduits et une signalétique pour rappeler aux visiteurs qu’ils entrent chez des gens",
            "Florian Chabert-Nguyen",
            "l’élu",
            "a réagi",
        ),
        (
            "Cette traboule, c’est un passage obligé de toutes nos visites des pentes. Sans elle, le parcours perd son sens",
            "Marc-Antoine Ribeyre",
            "Marc-Antoine Ribeyre",
            "déplore",
        ),
        (
            "respecter les consignes de silence",
            "Marc-Antoine Ribeyre",
            "Marc-Antoine Ribeyre",
            "promet",
        ),
        (
            "jusqu’à nouvel ordre",
            "office de tourisme métropolitain",
            "L’office de tourisme métropolitain",
            "a fait savoir",
        ),
        (
            "la plus grande discrétion dans les parties privées",
            "office de tourisme métropolitain",
            ("qu’il appelait", "il"),
            "appelait",
        ),
        (
            "Avant, les touristes disaient “bonjour monsieur” en passant. Maintenant, ils filment ma porte",
            "Joseph Amrani",
            "Joseph Amrani",
            "sourit",
        ),
        ("un juste milieu", "Joseph Amrani", "Lui", "plaide"),
        (
            "D’ici là, la grille restera fermée. Et si la Ville veut la rouvrir, qu’elle vienne nettoyer la cour",
            "Danielle Vernay",
            "Mme Vernay",
            "prévient",
        ),
    ],
    ["ambassadeurs du calme"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind30_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
