# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind5_fr.jsonl: a fifth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person and place is invented. Beats: a municipal council row in a mid-size town, a
hospital strike, a cycling post-race report, an environmental conflict over a water reservoir,
a tribunal correctionnel hearing, a European summit (with translated quotes and anonymous
diplomats) and a portrait of a village chef with a multi-paragraph quote. Padding varies:
NBSP, NNBSP, plain spaces, none. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind5_fr.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

NB = "\u00a0"
NNB = "\u202f"

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 600)


article(
    "blind5-fr01",
    "fr",
    f"""Castelvieil : «{NB}On nous a mis devant le fait accompli{NB}», l’opposition quitte le conseil municipal

Par Julien Marty
Publié le 14/10/2026 à 21h12 · Mis à jour le 15/10/2026 à 07h30

La séance du conseil municipal de Castelvieil a tourné court, lundi soir. Au bout d’une heure de débats sur la vente de l’ancienne caserne Lapeyre, les sept élus du groupe d’opposition «{NB}Castelvieil Demain{NB}» ont quitté la salle. «{NB}On nous a mis devant le fait accompli. Le compromis de vente était signé avant même que nous ayons vu le dossier{NB}», a lancé leur chef de file, Sandrine Oulié, avant de claquer la porte.
Le maire (divers droite), Gérard Fabre-Vidal, a aussitôt répliqué. «{NB}C’est un coup de théâtre bien commode pour éviter de voter. Le dossier est en ligne depuis trois semaines{NB}», a-t-il rétorqué, micro en main. L’édile, élu en 2014 et réélu en mars dernier, assure que la cession à un promoteur toulousain rapportera «{NB}près de 2,4 millions d’euros{NB}» à la commune.
Photo DDM, J. M.
Premier adjoint chargé de l’urbanisme, Thierry Caussade défend un projet «{NB}mûrement réfléchi{NB}». «{NB}Nous avons reçu quatre offres. Nous avons retenu la seule qui garde la façade et la cour d’honneur{NB}», explique-t-il. Puis, se tournant vers les bancs vides : «{NB}La démocratie, c’est aussi rester pour perdre un vote.{NB}»
Partager sur Facebook Partager sur X Copier le lien
Dans les rangs de l’opposition, le ton reste vif. Jointe mardi matin, Sandrine Oulié dénonce une «{NB}méthode de petit marquis{NB}» et réclame une réunion publique. «{NB}Les habitants du quartier Saint-Roch apprennent par la presse qu’on va construire quatre-vingts logements sous leurs fenêtres{NB}», déplore la conseillère, qui a confié à La Dépêche envisager un recours devant le tribunal administratif.
L’adjointe aux finances, Myriam Belkacem, a tenté de calmer le jeu : «{NB}Personne ne cache rien. Les chiffres seront présentés en commission le 4 novembre, et chacun pourra poser ses questions.{NB}» Elle reconnaît toutefois un «{NB}défaut de pédagogie{NB}» de la part de la majorité.
Un riverain présent dans le public, qui n’a pas souhaité donner son nom, résume l’ambiance : «{NB}Ici, tout le monde se connaît, et plus personne ne se parle.{NB}»
Le prochain conseil est fixé au 18 novembre. Le maire a d’ores et déjà annoncé qu’il inscrirait de nouveau la vente à l’ordre du jour, dans le cadre du plan «{NB}Cœur de ville 2030{NB}», qui prévoit aussi la rénovation des halles.
Lire aussi : Castelvieil : la piscine Jean-Bouin fermera tout l’hiver
Recevez chaque matin l’essentiel de l’actualité du Tarn-et-Garonne. S’inscrire à la newsletter""",
    [
        ("On nous a mis devant le fait accompli", "Sandrine Oulié", None, None),
        (
            "On nous a mis devant le fait accompli. Le compromis de vente était signé avant même que nous ayons vu le dossier",
            "Sandrine Oulié",
            "Sandrine Oulié",
            "a lancé",
        ),
        (
            "C’est un coup de théâtre bien commode pour éviter de voter. Le dossier est en ligne depuis trois semaines",
            "Gérard Fabre-Vidal",
            ("a-t-il rétorqué", "il"),
            "a-t-il rétorqué",
        ),
        ("près de 2,4 millions d’euros", "Gérard Fabre-Vidal", "L’édile", "assure"),
        ("mûrement réfléchi", "Thierry Caussade", "Thierry Caussade", "défend"),
        (
            "Nous avons reçu quatre offres. Nous avons retenu la seule qui garde la façade et la cour d’honneur",
            "Thierry Caussade",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "La démocratie, c’est aussi rester pour perdre un vote.",
            "Thierry Caussade",
            ("explique-t-il", "il"),
            None,
        ),
        ("méthode de petit marquis", "Sandrine Oulié", "Sandrine Oulié", "dénonce"),
        (
            "Les habitants du quartier Saint-Roch apprennent par la presse qu’on va construire quatre-vingts logements sous leurs fenêtres",
            "Sandrine Oulié",
            "la conseillère",
            "déplore",
        ),
        (
            "Personne ne cache rien. Les chiffres seront présentés en commission le 4 novembre, et chacun pourra poser ses questions.",
            "Myriam Belkacem",
            "Myriam Belkacem",
            "a tenté de calmer le jeu",
        ),
        ("défaut de pédagogie", "Myriam Belkacem", ("Elle reconnaît", "Elle"), "reconnaît"),
        (
            "Ici, tout le monde se connaît, et plus personne ne se parle.",
            "riverain",
            ("Un riverain", "riverain"),
            "résume",
        ),
    ],
    ["Castelvieil Demain", "Cœur de ville 2030"],
)


article(
    "blind5-fr02",
    "fr",
    """Grève à l'hôpital de Montfaucon : « On tient le service à bout de bras »

Par Claire Duthil | Publié le 03/11/2026 à 06h45 | Mis à jour le 03/11/2026 à 11h02

Devant l'entrée des urgences du centre hospitalier de Montfaucon, une trentaine de blouses blanches se relaient depuis lundi matin sous une banderole : « Pas de lits, pas de soins ». Les infirmières du service de médecine polyvalente sont en grève illimitée, à l'appel de la CGT et de SUD Santé, pour réclamer six postes supplémentaires et la réouverture de douze lits fermés cet été.

« On tient le service à bout de bras. Certaines nuits, on est deux infirmières pour trente-deux patients », raconte Élodie Marchand, infirmière depuis quatorze ans dans l'établissement. La trentenaire décrit des pauses « sautées une fois sur deux » et des arrêts maladie « en cascade ».

Pour Patrick Lenoir, délégué CGT, la direction « joue la montre ». « On nous promet des recrutements depuis le printemps. On ne voit rien venir, a-t-il martelé au micro. Tant qu'il n'y aura pas d'engagement écrit, on ne bougera pas. »

Photo Claire Duthil

La direction de l'hôpital, elle, assure avoir « entendu le message ». « Quatre postes d'infirmiers ont été publiés en octobre et deux candidates prendront leur poste en décembre », indique-t-elle dans un communiqué, tout en rappelant que « le recours à l'intérim coûte déjà 1,8 million d'euros par an ». Le directeur, Hervé Castagné, n'a pas souhaité répondre à nos questions.

L'Agence régionale de santé (ARS) Occitanie assure suivre le dossier « avec attention ». Dans un courriel adressé à La Dépêche, l'ARS précise qu'une enveloppe de 900 000 euros a été débloquée pour les « établissements en tension » du département, sans détailler la part qui reviendra à Montfaucon.

Lire aussi : Urgences : le Smur de nuit suspendu deux week-ends en novembre

Côté syndicats, on redoute l'essoufflement. « Les collègues font grève en étant assignées. Concrètement, elles travaillent avec un brassard, et la direction peut dire que le service tourne », regrette Nadia Ferrandi, de SUD Santé. Elle cite le cas d'une aide-soignante « rappelée trois fois sur ses congés en septembre ».

Un médecin urgentiste, sous couvert d'anonymat, confie : « Si la médecine ferme des lits, ce sont nos brancards qui débordent dans le couloir. Tout le monde le sait ici. »

Une réunion est prévue jeudi entre la direction, l'ARS et les représentants du personnel. « On ira avec nos chiffres, et on ne signera rien au rabais », prévient Patrick Lenoir.

Cet article vous a intéressé ? Partagez-le
Facebook Twitter WhatsApp E-mail
Newsletter Santé : chaque vendredi, l'essentiel de l'actualité médicale de la région. Je m'abonne""",
    [
        ("On tient le service à bout de bras", "Élodie Marchand", None, None),
        (
            "On tient le service à bout de bras. Certaines nuits, on est deux infirmières pour trente-deux patients",
            "Élodie Marchand",
            "Élodie Marchand",
            "raconte",
        ),
        ("sautées une fois sur deux", "Élodie Marchand", "La trentenaire", "décrit"),
        ("en cascade", "Élodie Marchand", "La trentenaire", "décrit"),
        ("joue la montre", "Patrick Lenoir", "Patrick Lenoir", "Pour"),
        (
            "On nous promet des recrutements depuis le printemps. On ne voit rien venir",
            "Patrick Lenoir",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "Tant qu'il n'y aura pas d'engagement écrit, on ne bougera pas.",
            "Patrick Lenoir",
            ("a-t-il martelé", "il"),
            "a-t-il martelé",
        ),
        (
            "entendu le message",
            "direction de l'hôpital",
            ("La direction de l'hôpital", "direction de l'hôpital"),
            "assure",
        ),
        (
            "Quatre postes d'infirmiers ont été publiés en octobre et deux candidates prendront leur poste en décembre",
            "direction de l'hôpital",
            ("indique-t-elle", "elle"),
            "indique-t-elle",
        ),
        (
            "le recours à l'intérim coûte déjà 1,8 million d'euros par an",
            "direction de l'hôpital",
            ("indique-t-elle", "elle"),
            "rappelant",
        ),
        (
            "avec attention",
            "Agence régionale de santé",
            "Agence régionale de santé (ARS) Occitanie",
            ("assure suivre", "assure"),
        ),
        (
            "établissements en tension",
            "Agence régionale de santé",
            ("l'ARS précise", "ARS"),
            "précise",
        ),
        (
            "Les collègues font grève en étant assignées. Concrètement, elles travaillent avec un brassard, et la direction peut dire que le service tourne",
            "Nadia Ferrandi",
            "Nadia Ferrandi",
            "regrette",
        ),
        (
            "rappelée trois fois sur ses congés en septembre",
            "Nadia Ferrandi",
            ("Elle cite", "Elle"),
            "cite",
        ),
        (
            "Si la médecine ferme des lits, ce sont nos brancards qui débordent dans le couloir. Tout le monde le sait ici.",
            "médecin",
            ("Un médecin urgentiste", "médecin"),
            "confie",
        ),
        (
            "On ira avec nos chiffres, et on ne signera rien au rabais",
            "Patrick Lenoir",
            "Patrick Lenoir",
            "prévient",
        ),
    ],
    ["Pas de lits, pas de soins"],
)


article(
    "blind5-fr03",
    "fr",
    f"""Ronde des Causses : «{NNB}J’ai attaqué à l’instinct{NNB}», Roucolle s’offre l’étape reine

Par Antoine Sérié, envoyé spécial à Meyrueis
Publié le 07/06/2026 à 19h48

Il a attendu le dernier kilomètre du col de Perjuret pour faire la différence. Mathis Roucolle (Occitania-Boréal) a remporté samedi la quatrième étape de la Ronde des Causses, entre Millau et Meyrueis (168 km), avec 14 secondes d’avance sur le Danois Rasmus Kjeldsen. Le Toulousain, 23 ans, s’empare du même coup du maillot de leader.
«{NNB}J’ai attaqué à l’instinct. Dans l’oreillette, on me disait d’attendre, mais je sentais que les jambes étaient là{NNB}», a-t-il raconté, encore essoufflé, au pied du podium. «{NNB}Quand j’ai vu l’écart monter à dix secondes, je me suis dit que c’était maintenant ou jamais.{NNB}»
© Photo DDM, Antoine Sérié
Son directeur sportif, Fabrice Amouroux, ne cachait pas sa surprise. «{NNB}On avait prévu de durcir la course pour Kevin Delmas, pas pour Mathis, sourit le technicien. Mais quand un coureur a cette fraîcheur-là, on ne va pas lui tenir la bride.{NNB}» L’équipe avait placé deux hommes à l’avant dès le pied du redoutable mur des «{NNB}Lacets de Cabrillac{NNB}», à quarante kilomètres de l’arrivée.
Kevin Delmas, justement, a terminé quatrième et n’en tire aucune amertume. «{NNB}Mon rôle, c’était de ramener Mathis au pied de la dernière montée. Le reste, c’est lui{NNB}», explique le Bordelais, qui glisse avoir «{NNB}un peu souffert de la chaleur{NNB}» dans la vallée du Tarn.
Deuxième, Rasmus Kjeldsen se montrait beau joueur. «{NNB}Il était plus fort aujourd’hui. Je n’ai rien à regretter, j’ai donné tout ce que j’avais{NNB}», a confié le Danois en anglais, avant de promettre «{NNB}une autre histoire{NNB}» lors du contre-la-montre de mardi.
Lire aussi : Ronde des Causses : le parcours des six étapes en détail
Dans le bus de l’équipe, le manager général Laurent Pélissier savourait la première victoire de la saison. «{NNB}On a traversé un hiver compliqué, avec le départ de deux sponsors. Cette victoire, c’est celle de tout le staff{NNB}», a-t-il déclaré à La Dépêche. Le dirigeant, qui cherche toujours un partenaire principal pour 2027, veut croire que ce succès «{NNB}ouvrira des portes{NNB}».
Le nouveau leader devra défendre son maillot dès dimanche sur la route de Florac. Interrogé sur ses ambitions au classement général, Roucolle restait prudent : «{NNB}Le général, on en reparlera mardi soir. Pour l’instant, je vais surtout bien dormir.{NNB}»
Newsletter Sports : tous les résultats de la région chaque soir dans votre boîte mail. Je m’inscris
Partager : Facebook · X · WhatsApp""",
    [
        ("J’ai attaqué à l’instinct", "Mathis Roucolle", None, None),
        (
            "J’ai attaqué à l’instinct. Dans l’oreillette, on me disait d’attendre, mais je sentais que les jambes étaient là",
            "Mathis Roucolle",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        (
            "Quand j’ai vu l’écart monter à dix secondes, je me suis dit que c’était maintenant ou jamais.",
            "Mathis Roucolle",
            ("a-t-il raconté", "il"),
            None,
        ),
        (
            "On avait prévu de durcir la course pour Kevin Delmas, pas pour Mathis",
            "Fabrice Amouroux",
            "le technicien",
            "sourit",
        ),
        (
            "Mais quand un coureur a cette fraîcheur-là, on ne va pas lui tenir la bride.",
            "Fabrice Amouroux",
            "le technicien",
            "sourit",
        ),
        (
            "Mon rôle, c’était de ramener Mathis au pied de la dernière montée. Le reste, c’est lui",
            "Kevin Delmas",
            "le Bordelais",
            "explique",
        ),
        ("un peu souffert de la chaleur", "Kevin Delmas", "le Bordelais", "glisse"),
        (
            "Il était plus fort aujourd’hui. Je n’ai rien à regretter, j’ai donné tout ce que j’avais",
            "Rasmus Kjeldsen",
            "le Danois",
            "a confié",
        ),
        ("une autre histoire", "Rasmus Kjeldsen", "le Danois", "promettre"),
        (
            "On a traversé un hiver compliqué, avec le départ de deux sponsors. Cette victoire, c’est celle de tout le staff",
            "Laurent Pélissier",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        ("ouvrira des portes", "Laurent Pélissier", "Le dirigeant", "veut croire"),
        (
            "Le général, on en reparlera mardi soir. Pour l’instant, je vais surtout bien dormir.",
            "Mathis Roucolle",
            ("Roucolle restait", "Roucolle"),
            None,
        ),
    ],
    ["Lacets de Cabrillac"],
)


article(
    "blind5-fr04",
    "fr",
    """«Nous irons jusqu'au Conseil d'État» : les opposants à la retenue de la Bérange ne désarment pas

Par Marc Laborde
Publié le 19/09/2026 à 17h30, mis à jour à 18h15

Le préfet du Gers, Olivier Ravanel, a signé jeudi l'arrêté autorisant la construction d'une retenue d'eau de 380 000 m³ sur la commune de Saint-Cirice-de-Bérange. Le projet, porté par une association syndicale de quinze exploitants, doit permettre d'irriguer près de 600 hectares de maïs semence et de soja.
«Ce projet a fait l'objet de trois années de concertation et d'une étude d'impact complète», a justifié le représentant de l'État lors d'un point presse. M. Ravanel a toutefois assorti son arrêté de «prescriptions strictes», notamment un débit minimal à maintenir dans la rivière en été.
Du côté de l'association Bérange Vivante, la décision était attendue, et redoutée. «Nous irons jusqu'au Conseil d'État s'il le faut. Ce bassin, c'est de l'eau publique pompée l'hiver pour quinze exploitations privées», tranche sa présidente, Lucie Arnaudet. L'ancienne institutrice dénonce une «privatisation de la ressource» et annonce un recours dès la semaine prochaine. Sur les grilles de la mairie, ses militants ont accroché une banderole : «Pas une goutte de plus».
Les irrigants, eux, parlent de survie. «Sans eau en juillet, on ne fait plus de semence. Et sans semence, mon exploitation ne tient pas trois ans», affirme Jean-Marc Sabathé, qui cultive 140 hectares à Saint-Cirice. Le président de l'association syndicale rappelle que les agriculteurs «ne prendront que l'excédent des crues d'hiver». Il ajoute, amer : «On nous traite de pilleurs alors qu'on nourrit le pays.»
Crédit photo : Marc Laborde / DDM
Entre les deux camps, la science invite à la nuance. Claire Vidalenc, hydrogéologue à l'université de Toulouse, a étudié le bassin versant de la Bérange pendant six ans. «Le problème n'est pas le volume prélevé en hiver, c'est ce que la rivière ne reçoit plus au printemps, explique la chercheuse. Les nappes superficielles se rechargent justement avec ces crues.» Selon elle, l'étude d'impact «sous-estime nettement» l'effet cumulé des trois autres retenues envisagées en amont.
Interrogée par La Dépêche, la préfecture indique que ces projets «feront l'objet d'une instruction séparée» et que l'avis de la scientifique «a été versé au dossier».
Le maire de Saint-Cirice, Bernard Cazaubon (sans étiquette), se dit «ni pour ni contre», mais s'inquiète : «Au marché, les gens ne se disent plus bonjour.» Un rassemblement baptisé «Bérange en fête» est prévu le 4 octobre devant le futur chantier.
Lire aussi : Sécheresse : le Gers en alerte renforcée jusqu'à fin septembre
Partager l'article
Ne manquez rien de l'actualité du Gers : inscrivez-vous à notre newsletter quotidienne.""",
    [
        ("Nous irons jusqu'au Conseil d'État", "Lucie Arnaudet", None, None),
        (
            "Ce projet a fait l'objet de trois années de concertation et d'une étude d'impact complète",
            "Olivier Ravanel",
            "le représentant de l'État",
            "a justifié",
        ),
        ("prescriptions strictes", "Olivier Ravanel", "M. Ravanel", "assorti"),
        (
            "Nous irons jusqu'au Conseil d'État s'il le faut. Ce bassin, c'est de l'eau publique pompée l'hiver pour quinze exploitations privées",
            "Lucie Arnaudet",
            "Lucie Arnaudet",
            "tranche",
        ),
        (
            "privatisation de la ressource",
            "Lucie Arnaudet",
            "L'ancienne institutrice",
            "dénonce",
        ),
        (
            "Sans eau en juillet, on ne fait plus de semence. Et sans semence, mon exploitation ne tient pas trois ans",
            "Jean-Marc Sabathé",
            "Jean-Marc Sabathé",
            "affirme",
        ),
        (
            "ne prendront que l'excédent des crues d'hiver",
            "Jean-Marc Sabathé",
            "Le président de l'association syndicale",
            "rappelle",
        ),
        (
            "On nous traite de pilleurs alors qu'on nourrit le pays.",
            "Jean-Marc Sabathé",
            ("Il ajoute", "Il"),
            "ajoute",
        ),
        (
            "Le problème n'est pas le volume prélevé en hiver, c'est ce que la rivière ne reçoit plus au printemps",
            "Claire Vidalenc",
            "la chercheuse",
            "explique",
        ),
        (
            "Les nappes superficielles se rechargent justement avec ces crues.",
            "Claire Vidalenc",
            "la chercheuse",
            "explique",
        ),
        ("sous-estime nettement", "Claire Vidalenc", ("Selon elle", "elle"), "Selon"),
        (
            "feront l'objet d'une instruction séparée",
            "préfecture",
            ("la préfecture indique", "préfecture"),
            "indique",
        ),
        (
            "a été versé au dossier",
            "préfecture",
            ("la préfecture indique", "préfecture"),
            "indique",
        ),
        ("ni pour ni contre", "Bernard Cazaubon", "Bernard Cazaubon", "se dit"),
        (
            "Au marché, les gens ne se disent plus bonjour.",
            "Bernard Cazaubon",
            "Bernard Cazaubon",
            "s'inquiète",
        ),
    ],
    ["Pas une goutte de plus", "Bérange en fête"],
)


article(
    "blind5-fr05",
    "fr",
    f"""«{NB}Je voulais rembourser{NB}» : l’ancien trésorier du club de rugby jugé pour abus de confiance

Par Sophie Rieux
Publié le 25/02/2026 à 20h05 · Mis à jour le 26/02/2026 à 08h10

Pendant près de quatre ans, il a tenu les comptes de l’Union sportive bellegardaise avec un dévouement que personne ne mettait en doute. Mardi, Didier Calmettes, 58 ans, comparaissait devant le tribunal correctionnel de Bellegarde-sur-Tarn pour abus de confiance : 212 000 euros détournés entre 2021 et 2025 selon l’enquête, dont une partie des recettes de la soirée de gala «{NB}Nuit de l’Ovalie{NB}».
À la barre, le prévenu, costume gris et voix blanche, a reconnu les faits. «{NB}J’ai commencé par un virement de 800 euros pour payer une échéance. Je voulais rembourser, je vous le jure{NB}», a-t-il répété à plusieurs reprises.
Le président du tribunal, Jean-Louis Maury, l’a interrompu : «{NB}Rembourser avec quoi, monsieur Calmettes{NB}? Vous avez acheté un camping-car avec l’argent des licenciés.{NB}» Le quinquagénaire a baissé la tête. «{NB}J’avais honte. Plus je prenais, moins j’osais en parler{NB}», a-t-il fini par lâcher.
Pour le club, partie civile, Me Hélène Costes a décrit une association «{NB}saignée à blanc{NB}». «{NB}Des gamins ont dû renoncer à un tournoi en Irlande faute de trésorerie. On leur a dit que les subventions n’étaient pas arrivées{NB}», a-t-elle rappelé, en se tournant vers les bancs où siégeaient plusieurs éducateurs.
Lire aussi : Bellegarde-sur-Tarn : un an ferme pour le chauffard de la rocade
Le président du club, Francis Authié, a pris la parole brièvement : «{NB}Didier, c’était un ami. Ce qui me fait le plus mal, ce n’est pas l’argent, c’est le mensonge.{NB}»
Dans ses réquisitions, la procureure Anne-Sophie Delrieu a souligné «{NB}la durée et la méthode{NB}» des détournements, «{NB}loin d’un simple moment d’égarement{NB}». «{NB}Monsieur Calmettes a fabriqué de fausses factures, il a signé à la place du président, il a menti à l’assemblée générale{NB}», a énuméré la magistrate, qui a requis dix-huit mois d’emprisonnement avec sursis probatoire et l’obligation d’indemniser le club.
En défense, Me Paul Sarrazin a plaidé pour un homme «{NB}broyé par le surendettement{NB}», et non pour «{NB}un escroc calculateur{NB}». «{NB}Il a déjà vendu sa maison. Il a remboursé 40 000 euros avant même l’audience. Que voulez-vous de plus{NB}?{NB}», a lancé l’avocat toulousain.
Invité à s’exprimer en dernier, le prévenu a seulement murmuré : «{NB}Je demande pardon au club.{NB}» Jugement mis en délibéré au 24 mars.
Cet article vous est offert. Pour lire tous nos articles, abonnez-vous.
Partager sur Facebook · Partager sur X · Envoyer par e-mail""",
    [
        ("Je voulais rembourser", "Didier Calmettes", None, None),
        (
            "J’ai commencé par un virement de 800 euros pour payer une échéance. Je voulais rembourser, je vous le jure",
            "Didier Calmettes",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            f"Rembourser avec quoi, monsieur Calmettes{NB}? Vous avez acheté un camping-car avec l’argent des licenciés.",
            "Jean-Louis Maury",
            "Jean-Louis Maury",
            "l’a interrompu",
        ),
        (
            "J’avais honte. Plus je prenais, moins j’osais en parler",
            "Didier Calmettes",
            ("a-t-il fini", "il"),
            "a-t-il fini par lâcher",
        ),
        ("saignée à blanc", "Hélène Costes", "Me Hélène Costes", "a décrit"),
        (
            "Des gamins ont dû renoncer à un tournoi en Irlande faute de trésorerie. On leur a dit que les subventions n’étaient pas arrivées",
            "Hélène Costes",
            ("a-t-elle rappelé", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "Didier, c’était un ami. Ce qui me fait le plus mal, ce n’est pas l’argent, c’est le mensonge.",
            "Francis Authié",
            "Francis Authié",
            "a pris la parole",
        ),
        ("la durée et la méthode", "Anne-Sophie Delrieu", "Anne-Sophie Delrieu", "a souligné"),
        (
            "loin d’un simple moment d’égarement",
            "Anne-Sophie Delrieu",
            "Anne-Sophie Delrieu",
            "a souligné",
        ),
        (
            "Monsieur Calmettes a fabriqué de fausses factures, il a signé à la place du président, il a menti à l’assemblée générale",
            "Anne-Sophie Delrieu",
            "la magistrate",
            "a énuméré",
        ),
        ("broyé par le surendettement", "Paul Sarrazin", "Me Paul Sarrazin", "a plaidé"),
        ("un escroc calculateur", "Paul Sarrazin", "Me Paul Sarrazin", "a plaidé"),
        (
            f"Il a déjà vendu sa maison. Il a remboursé 40 000 euros avant même l’audience. Que voulez-vous de plus{NB}?",
            "Paul Sarrazin",
            "l’avocat toulousain",
            "a lancé",
        ),
        (
            "Je demande pardon au club.",
            "Didier Calmettes",
            "le prévenu",
            "a seulement murmuré",
        ),
    ],
    ["Nuit de l’Ovalie"],
)


article(
    "blind5-fr06",
    "fr",
    """« Un pas historique » : les Vingt-Sept s'accordent dans la nuit sur un fonds de défense commun

Par notre correspondante à Bruxelles, Inès Garrigou
Publié le 20/03/2026 à 05h58 · Mis à jour le 20/03/2026 à 09h14

Après quatorze heures de négociations, les chefs d'État et de gouvernement de l'Union européenne se sont entendus, vendredi vers 4 heures du matin, sur la création d'un fonds commun de 150 milliards d'euros destiné à l'industrie de défense, baptisé « Bouclier européen ». « C'est un pas historique. Pour la première fois, l'Europe va emprunter ensemble pour se protéger », s'est félicitée la présidente du Conseil européen, Kristiina Aalto, lors d'une conférence de presse aux traits tirés. La Finlandaise a reconnu que le compromis restait « imparfait », mais a salué « l'esprit de responsabilité » des délégations.

Le président français, Étienne Valmont, a revendiqué une victoire de la ligne défendue par Paris depuis deux ans. « Ceux qui disaient que l'Europe de la défense était une chimère ont eu tort cette nuit », a-t-il déclaré devant la presse française. Selon une source à l'Élysée, le chef de l'État a passé « une bonne partie de la nuit au téléphone » avec Varsovie et La Haye.

Photo : Conseil européen

Les Pays-Bas ont longtemps freiné. « Nous ne signerons pas un chèque en blanc. Chaque euro devra être contrôlé par le Parlement », avait prévenu jeudi après-midi le Premier ministre néerlandais, Joost Verhagen. Il a finalement obtenu un mécanisme de contrôle annuel, qu'il juge « suffisant pour l'instant ».

Le chancelier allemand, Matthias Kröger, s'est exprimé en allemand. « Nous avons appris de nos erreurs. L'Allemagne ne restera plus spectatrice de sa propre sécurité », a-t-il affirmé, selon la traduction fournie par ses services. Plus offensif, le Premier ministre polonais, Tomasz Wierzbicki, a lancé en anglais, cité par l'agence de presse polonaise : « La Russie ne comprend que la force. Ce fonds est un langage qu'elle comprendra. »

« Il y a six mois, certains nous rangeaient dans le “club des prudents”. Ce soir, nous sommes au rendez-vous », a ironisé la présidente du Conseil italien, Giulia Ferraresi, dont le pays accueillera une partie des futures lignes de production.

Lire aussi : Défense européenne : ce que contient le plan de la Commission

Un diplomate européen, sous couvert d'anonymat, relativise : « Sur le papier, tout le monde est content. Mais la question de qui fabrique quoi, et où, n'est pas réglée. Elle reviendra dès le prochain sommet. » Un autre, plus lapidaire, parle d'un accord « écrit à l'encre sympathique ».

La Commission européenne présentera un règlement d'application « d'ici à la fin du mois de mai », a précisé son porte-parole, ajoutant que les premiers versements pourraient intervenir « au printemps 2027 ».

Partager : Facebook | X | LinkedIn | E-mail
Recevez notre newsletter Europe chaque lundi""",
    [
        ("Un pas historique", "Kristiina Aalto", None, None),
        (
            "C'est un pas historique. Pour la première fois, l'Europe va emprunter ensemble pour se protéger",
            "Kristiina Aalto",
            "Kristiina Aalto",
            "s'est félicitée",
        ),
        ("imparfait", "Kristiina Aalto", "La Finlandaise", "a reconnu"),
        ("l'esprit de responsabilité", "Kristiina Aalto", "La Finlandaise", "a salué"),
        (
            "Ceux qui disaient que l'Europe de la défense était une chimère ont eu tort cette nuit",
            "Étienne Valmont",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "une bonne partie de la nuit au téléphone",
            "source",
            ("une source à l'Élysée", "source"),
            "Selon",
        ),
        (
            "Nous ne signerons pas un chèque en blanc. Chaque euro devra être contrôlé par le Parlement",
            "Joost Verhagen",
            "Joost Verhagen",
            "avait prévenu",
        ),
        ("suffisant pour l'instant", "Joost Verhagen", ("qu'il juge", "il"), "juge"),
        (
            "Nous avons appris de nos erreurs. L'Allemagne ne restera plus spectatrice de sa propre sécurité",
            "Matthias Kröger",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "La Russie ne comprend que la force. Ce fonds est un langage qu'elle comprendra.",
            "Tomasz Wierzbicki",
            "Tomasz Wierzbicki",
            "a lancé",
        ),
        (
            "Il y a six mois, certains nous rangeaient dans le “club des prudents”. Ce soir, nous sommes au rendez-vous",
            "Giulia Ferraresi",
            "Giulia Ferraresi",
            "a ironisé",
        ),
        (
            "Sur le papier, tout le monde est content. Mais la question de qui fabrique quoi, et où, n'est pas réglée. Elle reviendra dès le prochain sommet.",
            "diplomate",
            ("Un diplomate européen", "diplomate"),
            "relativise",
        ),
        ("écrit à l'encre sympathique", "diplomate", "Un autre", "parle"),
        (
            "d'ici à la fin du mois de mai",
            "Commission européenne",
            "son porte-parole",
            "a précisé",
        ),
        ("au printemps 2027", "Commission européenne", "son porte-parole", "ajoutant"),
    ],
    ["Bouclier européen"],
)


article(
    "blind5-fr07",
    "fr",
    f"""Lagarrigue : Yannick Bessière, le chef qui a redonné vie à l’auberge du village

Publié le 02/08/2026 à 10h00
Par Camille Fau

Portrait. À 44 ans, Yannick Bessière a quitté les cuisines étoilées de Lyon pour reprendre l’ancienne auberge de son grand-père, au bord du Lot. Trois ans plus tard, «{NB}Chez Firmin{NB}» affiche complet tous les week-ends, et Lagarrigue, 380 habitants, a retrouvé un lieu où se croiser.
Le chef nous reçoit en fin de service, le tablier encore noué. «{NB}Je ne suis pas revenu par nostalgie, prévient-il d’emblée. Je suis revenu parce que j’avais envie de cuisiner ce que je connais.{NB}» Ce qu’il connaît, ce sont les produits des fermes voisines : l’agneau de Lucien Couderc, les fromages d’Annie Roques, à trois kilomètres, les noix du plateau.
Photo DDM, Camille Fau
Son retour n’a pourtant rien eu d’une évidence. Il raconte :
«{NB}La première année, j’ai failli tout arrêter. Le toit fuyait, la chambre froide tombait en panne un jour sur deux, et les gens du village venaient voir, mais ils ne restaient pas manger.
«{NB}Ce qui a tout changé, c’est le marché du jeudi. J’ai commencé à vendre des bocaux de daube devant l’auberge. Les anciens goûtaient, ils me parlaient de mon grand-père, ils revenaient le dimanche avec leurs enfants.
«{NB}Aujourd’hui, la moitié de mes clients habitent à moins de vingt kilomètres. C’est ça, ma fierté. Pas les guides.{NB}»
Des guides, justement, il en a été question. Un inspecteur de passage au printemps aurait laissé entendre qu’une distinction était envisageable. «{NB}On verra. Je ne changerai pas ma carte pour ça{NB}», balaie le cuisinier.
Sa compagne, Nadège Lafon, qui tient la salle, s’amuse de cette obstination. «{NB}Il dort cinq heures par nuit en saison. Je lui dis de lever le pied, il ne m’écoute pas{NB}», sourit-elle.
Lire aussi : Vallée du Lot : ces villages qui rouvrent leur café
Le maire de Lagarrigue, Jean-Pierre Vayssettes, ne tarit pas d’éloges. Selon l’élu, l’auberge a «{NB}recréé du lien{NB}» dans une commune qui avait perdu son dernier café en 2015. «{NB}Quand Yannick a rouvert, on a vu sortir de chez eux des gens qu’on ne voyait plus{NB}», a-t-il confié à La Dépêche.
Même son de cloche chez ses fournisseurs. «{NB}Il paie à l’heure et il ne discute pas les prix. Ça devient rare{NB}», assure l’éleveur Lucien Couderc, qui livre deux agneaux par semaine.
Le chef prépare désormais un livre de recettes, «{NB}Les Dimanches de Firmin{NB}», à paraître à l’automne aux éditions Causse Noir.
Chez Firmin, 2 place de l’Église, Lagarrigue. Menu du jour à 19 €. Réservation conseillée.
Partager cet article
Newsletter Saveurs d’Occitanie : nos bonnes adresses chaque jeudi. Je m’abonne""",
    [
        (
            "Je ne suis pas revenu par nostalgie",
            "Yannick Bessière",
            ("prévient-il", "il"),
            "prévient-il",
        ),
        (
            "Je suis revenu parce que j’avais envie de cuisiner ce que je connais.",
            "Yannick Bessière",
            ("prévient-il", "il"),
            "prévient-il",
        ),
        (
            "La première année, j’ai failli tout arrêter. Le toit fuyait, la chambre froide tombait en panne un jour sur deux, et les gens du village venaient voir, mais ils ne restaient pas manger.",
            "Yannick Bessière",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Ce qui a tout changé, c’est le marché du jeudi. J’ai commencé à vendre des bocaux de daube devant l’auberge. Les anciens goûtaient, ils me parlaient de mon grand-père, ils revenaient le dimanche avec leurs enfants.",
            "Yannick Bessière",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "Aujourd’hui, la moitié de mes clients habitent à moins de vingt kilomètres. C’est ça, ma fierté. Pas les guides.",
            "Yannick Bessière",
            ("Il raconte", "Il"),
            "raconte",
        ),
        (
            "On verra. Je ne changerai pas ma carte pour ça",
            "Yannick Bessière",
            "le cuisinier",
            "balaie",
        ),
        (
            "Il dort cinq heures par nuit en saison. Je lui dis de lever le pied, il ne m’écoute pas",
            "Nadège Lafon",
            ("sourit-elle", "elle"),
            "sourit-elle",
        ),
        ("recréé du lien", "Jean-Pierre Vayssettes", ("Selon l’élu", "l’élu"), "Selon"),
        (
            "Quand Yannick a rouvert, on a vu sortir de chez eux des gens qu’on ne voyait plus",
            "Jean-Pierre Vayssettes",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Il paie à l’heure et il ne discute pas les prix. Ça devient rare",
            "Lucien Couderc",
            "l’éleveur Lucien Couderc",
            "assure",
        ),
    ],
    ["Chez Firmin", "Les Dimanches de Firmin"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind5_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
