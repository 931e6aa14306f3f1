# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind44_fr.jsonl: a forty-fourth blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: cocoa growers selling below the
farm-gate price to night buyers (L'Intelligent d'Abidjan, Ivorian farming: plain-spaced marks and
straight apostrophes, a headline partial quote from a plural group, a cue before a colon, an
interrupted quote with "M. X", a nickname and an operation name in marks, a regulator with a
short name in brackets quoting its communiqué, an unnamed planter without a speech verb, a
cooperative's letter), a measles outbreak in a Kasaï health zone (Actualite.cd, Congolese
health: plain-spaced marks, a situation report quoted through the office that wrote it, an
unnamed mother with a pronoun cue, a provincial minister's post on X, an NGO coordinator's
interrupted quote with a nested “ ”, a civil-society leader with a nested “ ” scare word), a
land-plot fraud tried in Ouagadougou (Le Pays, Burkinabè courts: NBSP padding, a courtroom
exchange in "Le président : « … »" form, a collective's name and a headline term in marks, the
prosecutor by role noun, "Me X" with an interrupted quote, an unnamed victim), a Challenger Pro
League defeat (Walfoot, Belgian football: straight " marks, a headline quote without a cue, a
follow-on quote, a club's post on social media, a supporters' group and a banner in marks, an
unnamed supporter, a Flemish coach quoted in translation by a demonym), virus yellows in Broye
sugar beet (Terre & Nature, Swiss farming: unpadded « », a subheading quote without a cue, a
trial station with a short name in brackets, a federation's letter quoted, an interrupted quote
by role noun "l'ingénieure", a programme name in marks, a photo caption), a former municipal
director general sentenced for fraud in Mauricie (Noovo Info, Québec courts: NBSP padding,
partial quotes from the judge, "la magistrate", a victim impact statement quoted with "a-t-il
écrit", "Me X" for Crown and defence, "Mme X", a sham company name in marks), a carnival drum
group barred from a parade (Guadeloupe La 1ère, overseas culture: NNBSP padding, a headline
partial quote from the group, a committee with a short name in brackets quoting its communiqué,
a Creole post with its translation, a theme title in Creole in marks, an interrupted quote, an
unnamed regular) and a trail runner disqualified for outside help (Linfo.re, Réunion sport:
unpadded « », the race rules quoted, a runner's Facebook post, a follow-on quote with no cue, a
league with a short name in brackets, a nickname in marks, a partial quote after "dit avoir
voulu"). Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of
build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind44_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind44-fr01",
    "fr",
    """Cacao : à Gnamangui, les producteurs accusent les pisteurs de « voler la sueur des paysans »

Publié le jeudi 16 octobre 2025 | L'Intelligent d'Abidjan
Par Yao Kouassi Théodore, envoyé spécial à Gnamangui

Deux semaines après l'ouverture de la campagne principale, le prix bord-champ fixé par l'État n'est toujours pas respecté dans plusieurs villages de la sous-préfecture de Gnamangui. Les producteurs haussent le ton.

Sous le grand fromager qui sert de place publique, ils étaient une soixantaine, mardi, réunis à l'appel de la Coopérative agricole Bénkadi de Gnamangui (Coopabeg). Tous racontent la même scène : des acheteurs ambulants qui arrivent en tricycle à la tombée de la nuit et proposent entre 1 400 et 1 600 francs CFA le kilo, loin des 1 800 francs officiels.

Le président de la coopérative, Drissa Konaté, a pris la parole le premier : « Le paysan a travaillé toute l'année, il a payé l'engrais, il a payé les manœuvres. Et au moment de vendre, on vient lui voler sa sueur en pleine nuit. »

Dans le village, on appelle ces acheteurs les « hiboux », parce qu'ils ne circulent qu'après 18 heures, quand les contrôles sur les pistes sont levés.

« Ils savent que nous avons besoin d'argent pour la rentrée des enfants, explique M. Konaté. Alors ils attendent que le planteur soit à genoux. »

Un planteur de 58 ans, qui a demandé à ne pas être cité, confirme avoir cédé douze sacs la semaine dernière. « Mon fils devait payer son inscription au lycée. Je n'avais pas le choix, j'ai pris ce qu'on m'a donné. »

Joint par téléphone, le délégué régional de l'Office ivoirien de régulation du café et du cacao (Oirca), Serge-Patrice Ahoua, reconnaît des « pratiques inacceptables ». Selon lui, des équipes de contrôle seront déployées « dès la semaine prochaine » sur les axes Gnamangui-Soubré et Gnamangui-Buyo. « Tout acheteur pris en train de payer en dessous du prix plancher verra sa carte professionnelle retirée, sans discussion », a-t-il prévenu.

Dans un communiqué publié lundi, l'Oirca rappelle par ailleurs que « le prix bord-champ est un prix minimum garanti et non un prix indicatif ». L'office invite les producteurs à signaler tout abus à son numéro vert.

Lire aussi : Campagne cacaoyère 2025-2026 : ce qui change pour les coopératives

Du côté des acheteurs, on se défend. Un pisteur rencontré à l'entrée du village rejette les accusations en bloc. « On n'est pas des voleurs. Les exportateurs nous paient en retard, le carburant a augmenté, les pistes sont cassées. Si je paie 1 800, je travaille à perte », affirme-t-il.

Les femmes de la coopérative, elles, ont lancé l'opération « Zéro sac la nuit », qui consiste à stocker collectivement les fèves dans le magasin de la Coopabeg en attendant les acheteurs agréés. Pour Mariam Coulibaly, trésorière de la coopérative, c'est « la seule arme des petits producteurs ».

« Si tout le village vend au même endroit, au même prix, les hiboux n'auront plus rien à manger », sourit-elle.

La coopérative a adressé un courrier au préfet de région. Elle y demande « une présence effective des forces de l'ordre » sur les pistes de collecte pendant toute la durée de la campagne.

Partager sur : Facebook | WhatsApp | X""",
    [
        ("voler la sueur des paysans", "producteurs", "les producteurs", "accusent"),
        (
            "Le paysan a travaillé toute l'année, il a payé l'engrais, il a payé les manœuvres. Et au moment de vendre, on vient lui voler sa sueur en pleine nuit.",
            "Drissa Konaté",
            "Drissa Konaté",
            "a pris la parole",
        ),
        (
            "Ils savent que nous avons besoin d'argent pour la rentrée des enfants",
            "Drissa Konaté",
            "M. Konaté",
            "explique",
        ),
        (
            "Alors ils attendent que le planteur soit à genoux.",
            "Drissa Konaté",
            "M. Konaté",
            "explique",
        ),
        (
            "Mon fils devait payer son inscription au lycée. Je n'avais pas le choix, j'ai pris ce qu'on m'a donné.",
            "planteur",
            "Un planteur",
            None,
        ),
        ("pratiques inacceptables", "Serge-Patrice Ahoua", "Serge-Patrice Ahoua", "reconnaît"),
        ("dès la semaine prochaine", "Serge-Patrice Ahoua", ("Selon lui", "lui"), "Selon"),
        (
            "Tout acheteur pris en train de payer en dessous du prix plancher verra sa carte professionnelle retirée, sans discussion",
            "Serge-Patrice Ahoua",
            ("a-t-il prévenu", "il"),
            "a-t-il prévenu",
        ),
        (
            "le prix bord-champ est un prix minimum garanti et non un prix indicatif",
            "Office ivoirien de régulation du café et du cacao",
            "l'Oirca",
            "rappelle",
        ),
        (
            "On n'est pas des voleurs. Les exportateurs nous paient en retard, le carburant a augmenté, les pistes sont cassées. Si je paie 1 800, je travaille à perte",
            "pisteur",
            ("affirme-t-il", "il"),
            "affirme",
        ),
        ("la seule arme des petits producteurs", "Mariam Coulibaly", "Mariam Coulibaly", "Pour"),
        (
            "Si tout le village vend au même endroit, au même prix, les hiboux n'auront plus rien à manger",
            "Mariam Coulibaly",
            ("sourit-elle", "elle"),
            "sourit",
        ),
        (
            "une présence effective des forces de l'ordre",
            "Coopérative agricole Bénkadi de Gnamangui",
            ("Elle y demande", "Elle"),
            "demande",
        ),
    ],
    ["hiboux", "Zéro sac la nuit"],
)

article(
    "blind44-fr02",
    "fr",
    """Kasaï : la rougeole a déjà tué 37 enfants dans la zone de santé de Kabeya-Lumbu

Par Patient Mbuyi | 9 septembre 2025 à 14:22

Une épidémie de rougeole sévit depuis juillet dans la zone de santé de Kabeya-Lumbu, dans la province du Kasaï. Selon le dernier rapport de situation consulté par ACTUALITE.CD, 1 214 cas suspects et 37 décès ont été notifiés en huit semaines, en majorité chez des enfants de moins de cinq ans.

Le médecin chef de zone, le docteur Jean-Pierre Tshibangu Kalala, parle d’une situation « hors de contrôle » dans quatre des dix-huit aires de santé. « Nous recevons des enfants qui arrivent déjà avec des complications pulmonaires, parce que les parents ont d’abord essayé les tisanes et les prières. Quand ils arrivent chez nous, il est souvent trop tard », a-t-il déclaré à ACTUALITE.CD.

Le rapport de situation établi par le Bureau central de la zone de santé (BCZS), daté du 5 septembre, note une « rupture totale » de vaccins antirougeoleux depuis la mi-juillet et évoque « un risque élevé d’extension » vers les zones voisines de Tshikula-Est et de Bena-Kasanda.

Au centre de santé de Kamuandu, une mère veille son fils de trois ans, couché sur une natte à même le sol faute de lits. « Il a eu la fièvre pendant une semaine. On m’a dit que c’était le paludisme. Ensuite les boutons sont sortis partout », raconte-t-elle, le regard épuisé.

Des doses bloquées à Tshikapa

Contacté, le ministre provincial de la Santé, Dieudonné Kabamba Mutombo, assure que 45 000 doses sont attendues à Tshikapa d’ici la fin de la semaine. « La riposte est programmée. Le problème, c’est la route : il faut quatre jours pour atteindre certaines aires de santé en saison des pluies », a-t-il expliqué.

Dans un message publié lundi soir sur son compte X, le ministre a écrit : « J’ai instruit la Division provinciale de la santé de tout mettre en œuvre pour que chaque enfant de 6 mois à 14 ans soit vacciné. Aucune aire de santé ne sera oubliée. »

Sur le terrain, l’organisation non gouvernementale Médecins solidaires du Kasaï (Mesoka) a installé une unité de prise en charge gratuite à Kabeya-Lumbu. Sa coordonnatrice, Esther Ngalula, plaide pour une vaccination « de masse, porte à porte ». « Dans les villages, on nous dit encore : “La rougeole, c’est la maladie que tous les enfants doivent faire.” Il faut casser cette idée, a-t-elle insisté. Un enfant mal nourri qui attrape la rougeole peut mourir en trois jours. »

L’ONG dit avoir reçu 312 enfants en trois semaines, dont près d’un tiers présentaient une malnutrition aiguë.

La société civile locale, elle, accuse les autorités provinciales de lenteur. « Le premier cas a été signalé le 3 juillet. Nous sommes en septembre et on parle encore de doses “attendues” », fustige Albert Kanku, coordonnateur du Cadre de concertation de la société civile de Kabeya-Lumbu.

Lire aussi : Kasaï : la campagne de vaccination contre la polio perturbée par l’insécurité

Pour rappel, la province avait déjà connu une flambée de rougeole en 2023, avec plus de 4 000 cas suspects notifiés selon les autorités sanitaires.

Partager cet article""",
    [
        (
            "hors de contrôle",
            "Jean-Pierre Tshibangu Kalala",
            "Jean-Pierre Tshibangu Kalala",
            "parle",
        ),
        (
            "Nous recevons des enfants qui arrivent déjà avec des complications pulmonaires, parce que les parents ont d’abord essayé les tisanes et les prières. Quand ils arrivent chez nous, il est souvent trop tard",
            "Jean-Pierre Tshibangu Kalala",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "rupture totale",
            "Bureau central de la zone de santé",
            "Le rapport de situation",
            "note",
        ),
        (
            "un risque élevé d’extension",
            "Bureau central de la zone de santé",
            "Le rapport de situation",
            "évoque",
        ),
        (
            "Il a eu la fièvre pendant une semaine. On m’a dit que c’était le paludisme. Ensuite les boutons sont sortis partout",
            "mère",
            ("raconte-t-elle", "elle"),
            "raconte",
        ),
        (
            "La riposte est programmée. Le problème, c’est la route : il faut quatre jours pour atteindre certaines aires de santé en saison des pluies",
            "Dieudonné Kabamba Mutombo",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "J’ai instruit la Division provinciale de la santé de tout mettre en œuvre pour que chaque enfant de 6 mois à 14 ans soit vacciné. Aucune aire de santé ne sera oubliée.",
            "Dieudonné Kabamba Mutombo",
            "le ministre",
            "a écrit",
        ),
        ("de masse, porte à porte", "Esther Ngalula", "Esther Ngalula", "plaide"),
        (
            "Dans les villages, on nous dit encore : “La rougeole, c’est la maladie que tous les enfants doivent faire.” Il faut casser cette idée",
            "Esther Ngalula",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "Un enfant mal nourri qui attrape la rougeole peut mourir en trois jours.",
            "Esther Ngalula",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "Le premier cas a été signalé le 3 juillet. Nous sommes en septembre et on parle encore de doses “attendues”",
            "Albert Kanku",
            "Albert Kanku",
            "fustige",
        ),
    ],
)

article(
    "blind44-fr03",
    "fr",
    f"""TGI Ouaga II : l’agent domanial et les «{NB}parcelles fantômes{NB}»

Publié le mercredi 21 mai 2025

Le Tribunal de grande instance Ouaga II a jugé, le 20 mai dernier, un ex-agent du service des domaines de la commune de Koubri-Nord, poursuivi pour faux en écriture et escroquerie. Au total, 23 victimes affirment lui avoir versé plus de 41 millions de F CFA pour des parcelles qui n’existaient que sur le papier.

Lassané Ouédraogo, 44 ans, se présente à la barre en boubou bleu, un chapelet à la main. L’audience est présidée par Boureima Zongo. Le prévenu reconnaît avoir «{NB}aidé des gens à trouver des terrains{NB}», mais nie avoir fabriqué le moindre document.

Le président : «{NB}Les attestations d’attribution portent votre signature et le cachet du service. Comment l’expliquez-vous{NB}?{NB}»
Le prévenu : «{NB}Le cachet traînait dans le bureau, tout le monde pouvait l’utiliser. Moi, je faisais confiance.{NB}»
Le président : «{NB}Et l’argent{NB}? Les victimes disent vous l’avoir remis en main propre.{NB}»
Le prévenu : «{NB}Je le remettais à mon chef. Je n’ai rien gardé.{NB}»

Le chef en question est décédé en 2023, fait remarquer le tribunal, ce qui arrache des murmures à la salle.

Parmi les victimes, une commerçante du marché de Zangouettin raconte avoir vendu ses deux boutiques pour acheter un terrain à bâtir. «{NB}Quand je suis allée pour commencer les fondations, il y avait déjà une maison construite dessus, avec une famille dedans. J’ai tout perdu{NB}», a-t-elle témoigné, en larmes.

Les parties civiles, regroupées au sein du collectif «{NB}Les sans-parcelles de Koubri{NB}», étaient représentées par Me Aminata Traoré-Kaboré. Pour l’avocate, le prévenu a monté «{NB}un véritable système{NB}», avec des complices «{NB}qui ne sont pas tous dans cette salle{NB}».

«{NB}Mes clients ne demandent pas la vengeance. Ils demandent leur argent, leurs terrains, et que la justice dise que ce qui leur est arrivé n’est pas normal{NB}», a-t-elle plaidé.

Le procureur du Faso, Issouf Dabiré, a dénoncé des faits «{NB}d’une extrême gravité{NB}» et requis cinq ans d’emprisonnement ferme ainsi qu’une amende de 5 millions de F CFA. «{NB}Le foncier est devenu une bombe sociale dans nos communes. Quand un agent public vend du vent, c’est toute la confiance dans l’administration qui s’effondre{NB}», a déclaré le représentant du ministère public.

En défense, Me Hamidou Sanou a plaidé la relaxe au bénéfice du doute. «{NB}Où sont les complices{NB}? Où est l’enquête sur le service des domaines{NB}? On veut faire porter à un seul homme les fautes de toute une administration, a-t-il lancé. Mon client n’est qu’un bouc émissaire.{NB}»

Après une suspension d’une heure, le tribunal a condamné Lassané Ouédraogo à trente-six mois d’emprisonnement dont douze avec sursis, et à rembourser l’intégralité des sommes perçues. La décision a été accueillie par des applaudissements au fond de la salle.

«{NB}Au moins, on nous a écoutés{NB}», soufflait à la sortie une victime, enseignant à la retraite, qui attend depuis six ans de pouvoir bâtir.

Lire aussi : Lotissements : le gouvernement suspend les attributions dans cinq communes rurales

Agathe Kaboré""",
    [
        (
            "aidé des gens à trouver des terrains",
            "Lassané Ouédraogo",
            "Le prévenu",
            "reconnaît",
        ),
        (
            f"Les attestations d’attribution portent votre signature et le cachet du service. Comment l’expliquez-vous{NB}?",
            "Boureima Zongo",
            "Le président",
            None,
        ),
        (
            "Le cachet traînait dans le bureau, tout le monde pouvait l’utiliser. Moi, je faisais confiance.",
            "Lassané Ouédraogo",
            "Le prévenu",
            None,
        ),
        (
            f"Et l’argent{NB}? Les victimes disent vous l’avoir remis en main propre.",
            "Boureima Zongo",
            "Le président",
            None,
        ),
        (
            "Je le remettais à mon chef. Je n’ai rien gardé.",
            "Lassané Ouédraogo",
            "Le prévenu",
            None,
        ),
        (
            "Quand je suis allée pour commencer les fondations, il y avait déjà une maison construite dessus, avec une famille dedans. J’ai tout perdu",
            "commerçante",
            ("a-t-elle témoigné", "elle"),
            "a-t-elle témoigné",
        ),
        ("un véritable système", "Aminata Traoré-Kaboré", "l’avocate", "Pour"),
        ("qui ne sont pas tous dans cette salle", "Aminata Traoré-Kaboré", "l’avocate", "Pour"),
        (
            "Mes clients ne demandent pas la vengeance. Ils demandent leur argent, leurs terrains, et que la justice dise que ce qui leur est arrivé n’est pas normal",
            "Aminata Traoré-Kaboré",
            ("a-t-elle plaidé", "elle"),
            "a-t-elle plaidé",
        ),
        ("d’une extrême gravité", "Issouf Dabiré", "Issouf Dabiré", "a dénoncé"),
        (
            "Le foncier est devenu une bombe sociale dans nos communes. Quand un agent public vend du vent, c’est toute la confiance dans l’administration qui s’effondre",
            "Issouf Dabiré",
            "le représentant du ministère public",
            "a déclaré",
        ),
        (
            f"Où sont les complices{NB}? Où est l’enquête sur le service des domaines{NB}? On veut faire porter à un seul homme les fautes de toute une administration",
            "Hamidou Sanou",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Mon client n’est qu’un bouc émissaire.",
            "Hamidou Sanou",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("Au moins, on nous a écoutés", "victime", "une victime", "soufflait"),
    ],
    ["parcelles fantômes", "Les sans-parcelles de Koubri"],
)

article(
    "blind44-fr04",
    "fr",
    """Olympic Farciennes - KVK Wanden (1-3): "On a joué avec le frein à main"

Rédaction Walfoot - 02/02/2025 à 22:41

La série noire continue pour le Royal Olympic Farciennes. Battus 1-3 à domicile par le KVK Wanden ce dimanche, les Dogues restent scotchés à l'avant-dernière place de la Challenger Pro League, avec trois points de retard sur le premier non-relégable.

Le match avait pourtant bien commencé. Mehdi Benali a ouvert le score dès la 9e minute, d'une tête piquée sur un centre de Thomas Lejeune. Mais Wanden a égalisé juste avant la pause sur un penalty généreux, puis a plié l'affaire en seconde période grâce à un doublé de son attaquant néerlandais Jesper Vlaminckx (58e, 81e).

Au micro de Walfoot, l'entraîneur farciennois Grégory Dumont ne cherchait pas d'excuses. "On a joué avec le frein à main. Après le 1-1, on a eu peur de perdre au lieu d'avoir envie de gagner. Ça, c'est de ma responsabilité", a reconnu le T1 des Dogues.

"Je l'ai dit aux joueurs dans le vestiaire: si on continue à jouer comme ça, on descend. Il n'y a pas d'autre façon de le dire."

Sa position est-elle menacée? La direction a publié un court message sur ses réseaux sociaux en fin de soirée: "Le Royal Olympic Farciennes renouvelle sa pleine confiance à son staff. Ensemble, on va se battre jusqu'au bout. #AllezLesDogues"

Dans les tribunes du stade du Try-Gobert, la patience s'effrite pourtant. Juste avant le coup d'envoi, les "Ultras Dogues 1921" ont déployé une banderole adressée au président du club, Marc Vandevelde: "Vandevelde, où est le projet?" Elle est restée accrochée tout le match.

"On paie nos abonnements, on fait 200 kilomètres pour les déplacements, et on n'a rien en retour", regrettait un supporter à la sortie, écharpe noire et jaune autour du cou.

Lire aussi: Challenger Pro League: le point sur la lutte pour le maintien

En face, le coach de Wanden, Bart Verhaegen, savourait ce troisième succès d'affilée en déplacement. "On savait qu'ils étaient fragiles mentalement. Il fallait rester calmes et attendre notre moment", a-t-il expliqué en néerlandais.

Le technicien n'a pas tari d'éloges sur son buteur, auteur de neuf réalisations depuis le début de la saison. "Jesper? Il est en train d'exploser, a ajouté le Flandrien. Mais je veux qu'il reste les pieds sur terre. Il y a encore beaucoup de travail."

Le buteur farciennois Mehdi Benali, lui, refuse de baisser les bras. Il a parlé d'un groupe "encore vivant" et appelé les supporters à "ne pas lâcher l'équipe maintenant".

Farciennes se déplacera samedi prochain à Lommel, avant de recevoir le RFC Liège-Sud dans un match déjà présenté comme celui de la dernière chance.

Partager sur Facebook | Partager sur X | Commentaires (14)""",
    [
        ("On a joué avec le frein à main", "Grégory Dumont", None, None),
        (
            "On a joué avec le frein à main. Après le 1-1, on a eu peur de perdre au lieu d'avoir envie de gagner. Ça, c'est de ma responsabilité",
            "Grégory Dumont",
            "le T1 des Dogues",
            "a reconnu",
        ),
        (
            "Je l'ai dit aux joueurs dans le vestiaire: si on continue à jouer comme ça, on descend. Il n'y a pas d'autre façon de le dire.",
            "Grégory Dumont",
            "le T1 des Dogues",
            None,
        ),
        (
            "Le Royal Olympic Farciennes renouvelle sa pleine confiance à son staff. Ensemble, on va se battre jusqu'au bout. #AllezLesDogues",
            "Royal Olympic Farciennes",
            "La direction",
            "a publié",
        ),
        (
            "On paie nos abonnements, on fait 200 kilomètres pour les déplacements, et on n'a rien en retour",
            "supporter",
            "un supporter",
            "regrettait",
        ),
        (
            "On savait qu'ils étaient fragiles mentalement. Il fallait rester calmes et attendre notre moment",
            "Bart Verhaegen",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        ("Jesper? Il est en train d'exploser", "Bart Verhaegen", "le Flandrien", "a ajouté"),
        (
            "Mais je veux qu'il reste les pieds sur terre. Il y a encore beaucoup de travail.",
            "Bart Verhaegen",
            "le Flandrien",
            "a ajouté",
        ),
        ("encore vivant", "Mehdi Benali", ("Il a parlé", "Il"), "a parlé"),
        ("ne pas lâcher l'équipe maintenant", "Mehdi Benali", ("Il a parlé", "Il"), "appelé"),
    ],
    ["Ultras Dogues 1921", "Vandevelde, où est le projet?"],
)

article(
    "blind44-fr05",
    "fr",
    """Betteraves: la jaunisse virale fait chuter les rendements dans la Broye

GRANDES CULTURES · Les planteurs broyards s’attendent à perdre jusqu’à un tiers de leur récolte. Ils réclament le retour d’un traitement des semences que les autorités refusent.

Texte: Céline Pittet
Publié le 9 octobre 2025

Dans sa parcelle de Villarzel-le-Haut, Olivier Chappuis arrache une betterave et la coupe d’un coup de couteau. La racine est petite, les feuilles jaunies et cassantes. «Regardez ça. En temps normal, elle ferait le double. Cette année, j’en suis à 55 tonnes à l’hectare, contre 85 les bonnes années», constate l’agriculteur de Villarzel-le-Haut, qui cultive 12 hectares de betteraves.

En cause: la jaunisse virale, transmise par des pucerons dont les populations ont explosé après un printemps doux. Selon les relevés du Centre romand d’essais en grandes cultures (CREGC), près de 70% des parcelles broyardes sont touchées, certaines à plus de 80%.

«Nous n’avions jamais vu une pression pareille depuis que nous faisons des relevés», relève Nathalie Gfeller, ingénieure agronome au CREGC. Elle estime la perte moyenne «entre 20 et 35%» selon les secteurs, et prévient que le taux de sucre, lui aussi, «sera en net recul».

Olivier Chappuis dans une parcelle touchée, à Villarzel-le-Haut. © T&N/Jérôme Rossier

«Un combat à armes inégales»

Depuis l’interdiction des enrobages de semences insecticides, les planteurs se sentent démunis. «Les pucerons arrivent en avril, quand la betterave est encore minuscule. Sans protection des semences, c’est un combat à armes inégales», estime Pierre-Yves Rapin, président de la Fédération romande des planteurs de betteraves (FRPB).

La fédération a adressé la semaine dernière une lettre au Département cantonal de l’agriculture. Dans ce courrier, la FRPB demande «une autorisation d’urgence limitée à deux saisons» et avertit que, sans geste rapide, «la betterave disparaîtra de la Broye d’ici à cinq ans».

Une perspective que conteste l’association Abeilles Romandes. «Revenir aux insecticides sur les semences, ce serait sacrifier les pollinisateurs pour sauver une culture qui est déjà largement soutenue. Il existe d’autres pistes: les variétés tolérantes, les bandes fleuries, les auxiliaires», juge sa porte-parole, Anne-Laure Cuénod.

Des variétés tolérantes sont justement testées sur six sites broyards dans le cadre du programme «Bett’Avenir», lancé en 2023 avec la sucrerie et les hautes écoles. «Les premiers résultats sont encourageants, mais ces variétés rendent encore 10 à 15% de moins en situation saine, a nuancé l’ingénieure. On ne les imposera pas aux planteurs du jour au lendemain.»

Pour Pierre-Yves Rapin, le temps presse. Plusieurs jeunes exploitants ont déjà renoncé à semer des betteraves l’an prochain, selon lui.

Chez Olivier Chappuis, on réfléchit aussi à la suite. «Si l’an prochain ça recommence, je remplace les betteraves par du tournesol. Ça rapporte moins, mais au moins ça ne me coûte pas de l’argent.»

Les arrachages se poursuivent jusqu’à la mi-novembre. La fédération tiendra une assemblée extraordinaire le 20 novembre à Payerne.

Partager: Facebook · WhatsApp · E-mail""",
    [
        (
            "Regardez ça. En temps normal, elle ferait le double. Cette année, j’en suis à 55 tonnes à l’hectare, contre 85 les bonnes années",
            "Olivier Chappuis",
            "l’agriculteur de Villarzel-le-Haut",
            "constate",
        ),
        (
            "Nous n’avions jamais vu une pression pareille depuis que nous faisons des relevés",
            "Nathalie Gfeller",
            "Nathalie Gfeller",
            "relève",
        ),
        ("entre 20 et 35%", "Nathalie Gfeller", ("Elle estime", "Elle"), "estime"),
        ("sera en net recul", "Nathalie Gfeller", ("Elle estime", "Elle"), "prévient"),
        ("Un combat à armes inégales", "Pierre-Yves Rapin", None, None),
        (
            "Les pucerons arrivent en avril, quand la betterave est encore minuscule. Sans protection des semences, c’est un combat à armes inégales",
            "Pierre-Yves Rapin",
            "Pierre-Yves Rapin",
            "estime",
        ),
        (
            "une autorisation d’urgence limitée à deux saisons",
            "Fédération romande des planteurs de betteraves",
            "la FRPB",
            "demande",
        ),
        (
            "la betterave disparaîtra de la Broye d’ici à cinq ans",
            "Fédération romande des planteurs de betteraves",
            "la FRPB",
            "avertit",
        ),
        (
            "Revenir aux insecticides sur les semences, ce serait sacrifier les pollinisateurs pour sauver une culture qui est déjà largement soutenue. Il existe d’autres pistes: les variétés tolérantes, les bandes fleuries, les auxiliaires",
            "Anne-Laure Cuénod",
            "Anne-Laure Cuénod",
            "juge",
        ),
        (
            "Les premiers résultats sont encourageants, mais ces variétés rendent encore 10 à 15% de moins en situation saine",
            "Nathalie Gfeller",
            "l’ingénieure",
            "a nuancé",
        ),
        (
            "On ne les imposera pas aux planteurs du jour au lendemain.",
            "Nathalie Gfeller",
            "l’ingénieure",
            "a nuancé",
        ),
        (
            "Si l’an prochain ça recommence, je remplace les betteraves par du tournesol. Ça rapporte moins, mais au moins ça ne me coûte pas de l’argent.",
            "Olivier Chappuis",
            "Olivier Chappuis",
            None,
        ),
    ],
    ["Bett’Avenir"],
)

article(
    "blind44-fr06",
    "fr",
    f"""Fraude à Saint-Élie-des-Monts : l’ex-directrice générale condamnée à 30 mois de prison

Par Maxime Lachance | Noovo Info
Publié le 14 novembre 2025 à 16 h 05 | Mis à jour le 14 novembre 2025 à 17 h 32

L’ancienne directrice générale de la municipalité de Saint-Élie-des-Monts, en Mauricie, a été condamnée vendredi à 30 mois d’emprisonnement pour avoir détourné plus de 412 000 $ des coffres municipaux entre 2018 et 2023.

Francine Lemay-Doucet, 61 ans, avait plaidé coupable en juin à des accusations de fraude et d’abus de confiance. Au palais de justice de Trois-Rivières, la juge Geneviève Saint-Onge, de la Cour du Québec, a souligné la «{NB}gravité objective{NB}» des gestes commis par une fonctionnaire qui jouissait de «{NB}la confiance absolue{NB}» du conseil municipal.

«{NB}L’accusée n’a pas volé une entreprise anonyme. Elle a volé ses voisins, les contribuables d’un village de 1100 habitants qui comptaient sur elle{NB}», a déclaré la magistrate en rendant sa décision.

Pendant cinq ans, l’accusée a émis des chèques à une entreprise de déneigement fictive, «{NB}Déneigement F.L. enr.{NB}», dont elle était la seule propriétaire. Le stratagème a été découvert par hasard, lors d’un changement de logiciel comptable.

Dans une déclaration de victime lue à l’audience, le maire, Réjean Trudel, a décrit une communauté «{NB}trahie{NB}». «{NB}Pendant qu’on reportait la réfection du chemin du Lac-Vert faute d’argent, l’argent partait dans ses poches. Les citoyens ont encore de la misère à y croire{NB}», a-t-il écrit.

À lire également : Mauricie : une municipalité sous enquête pour ses contrats de voirie

La Couronne réclamait trois ans de pénitencier. La procureure aux poursuites criminelles et pénales, Me Annie-Claude Bérubé, a rappelé que la somme n’avait jamais été remboursée. «{NB}On parle d’un stratagème planifié, répété, camouflé dans les livres comptables. Ce n’est pas un moment d’égarement{NB}», a-t-elle plaidé.

La défense, elle, suggérait une peine de deux ans moins un jour à purger dans la collectivité. Me Luc-André Giguère a invoqué le problème de jeu de sa cliente, qui fréquentait assidûment les salons de jeux de la région. «{NB}Ma cliente est malade. Elle a tout perdu{NB}: sa réputation, sa maison, son mariage{NB}», a-t-il fait valoir.

La juge n’a pas retenu cet argument. Elle a qualifié de «{NB}tardive{NB}» la démarche thérapeutique entreprise par l’accusée après son arrestation.

Mme Lemay-Doucet s’est brièvement adressée au tribunal avant le prononcé de la peine. «{NB}Je demande pardon aux citoyens. Je sais que mes excuses ne remboursent rien.{NB}»

En mêlée de presse à sa sortie de la salle d’audience, le maire Trudel s’est dit «{NB}soulagé{NB}». «{NB}Justice est rendue. Maintenant, on va se concentrer sur notre chemin{NB}», a-t-il laissé tomber.

La municipalité a entrepris une poursuite civile pour récupérer les sommes détournées. Elle sera entendue au printemps.

Crédit photo : Noovo Info

Partager""",
    [
        ("gravité objective", "Geneviève Saint-Onge", "Geneviève Saint-Onge", "a souligné"),
        ("la confiance absolue", "Geneviève Saint-Onge", "Geneviève Saint-Onge", "a souligné"),
        (
            "L’accusée n’a pas volé une entreprise anonyme. Elle a volé ses voisins, les contribuables d’un village de 1100 habitants qui comptaient sur elle",
            "Geneviève Saint-Onge",
            "la magistrate",
            "a déclaré",
        ),
        ("trahie", "Réjean Trudel", "Réjean Trudel", "a décrit"),
        (
            "Pendant qu’on reportait la réfection du chemin du Lac-Vert faute d’argent, l’argent partait dans ses poches. Les citoyens ont encore de la misère à y croire",
            "Réjean Trudel",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        (
            "On parle d’un stratagème planifié, répété, camouflé dans les livres comptables. Ce n’est pas un moment d’égarement",
            "Annie-Claude Bérubé",
            ("a-t-elle plaidé", "elle"),
            "a-t-elle plaidé",
        ),
        (
            f"Ma cliente est malade. Elle a tout perdu{NB}: sa réputation, sa maison, son mariage",
            "Luc-André Giguère",
            ("a-t-il fait valoir", "il"),
            "a-t-il fait valoir",
        ),
        ("tardive", "Geneviève Saint-Onge", ("Elle a qualifié", "Elle"), "a qualifié"),
        (
            "Je demande pardon aux citoyens. Je sais que mes excuses ne remboursent rien.",
            "Francine Lemay-Doucet",
            "Mme Lemay-Doucet",
            "s’est brièvement adressée",
        ),
        ("soulagé", "Réjean Trudel", "le maire Trudel", "s’est dit"),
        (
            "Justice est rendue. Maintenant, on va se concentrer sur notre chemin",
            "Réjean Trudel",
            ("a-t-il laissé tomber", "il"),
            "a-t-il laissé tomber",
        ),
    ],
    ["Déneigement F.L. enr."],
)

article(
    "blind44-fr07",
    "fr",
    f"""Carnaval de Basse-Terre : exclu de la grande parade, Lavwa Tanbou dénonce «{NNB}une injustice{NNB}»

Écrit par Sandrine Bellance
Publié le 27 janvier 2026 à 18h40

Le comité d’organisation du carnaval de Basse-Terre a annoncé l’exclusion du groupe à peau Lavwa Tanbou des défilés officiels. En cause : des débordements lors de la sortie du 18 janvier. Le groupe conteste et parle d’une sanction collective.

La décision est tombée samedi soir, dans un communiqué du Comité basse-terrien du carnaval et des traditions (CBCT). Le comité y évoque «{NNB}des jets de projectiles{NNB}» contre un char et «{NNB}le non-respect répété du parcours{NNB}». Il précise que le groupe «{NNB}ne pourra pas participer aux défilés du dimanche gras et du mardi gras{NNB}».

Pour Rudy Cocoyer, président de Lavwa Tanbou depuis douze ans, la sanction est «{NNB}disproportionnée{NNB}». «{NNB}Oui, il y a eu un incident. Deux jeunes qui ne font même pas partie du groupe ont lancé des bouteilles. Nous les avons nous-mêmes écartés. Pourquoi punir trois cents membres pour deux personnes{NNB}?{NNB}», s’interroge-t-il.

Le groupe à peau Lavwa Tanbou lors de la sortie du 18 janvier 2026 à Basse-Terre. © Guadeloupe La 1ère / D. Jean-Louis

Fondé en 1991, le groupe, avec ses tambours ka et ses conques de lambi, fait partie des piliers du carnaval basse-terrien. Son thème de cette année, «{NNB}Rasin an nou pa ka mò{NNB}» (nos racines ne meurent pas), devait rendre hommage aux anciens tanbouyé de la ville.

Dimanche, sur sa page Facebook, le groupe a publié un message en créole{NNB}: «{NNB}Nou ké rété doubout. Pèsonn pé ké fèmé bouch a tanbou-la{NNB}!{NNB}» (Nous resterons debout. Personne ne fera taire le tambour{NNB}!). La publication a été partagée plus de 2 000 fois.

Contacté par Guadeloupe La 1ère, le président du CBCT, Fabrice Laviolette, maintient la décision. «{NNB}Le carnaval doit rester une fête pour tout le monde, y compris pour les familles avec les enfants au bord de la route. Nous avons des règles, elles sont les mêmes pour tous les groupes{NNB}», a-t-il affirmé.

«{NNB}Ce n’est pas une sanction contre la culture, insiste Fabrice Laviolette. C’est une sanction contre la violence.{NNB}»

Lire aussi : Carnaval 2026 : le calendrier des parades en Guadeloupe

Sur les trottoirs, les avis sont partagés. À la sortie d’une répétition, une habituée du carnaval estime que la décision «{NNB}va trop loin{NNB}». «{NNB}Sans Lavwa Tanbou, le dimanche gras, ce n’est plus le dimanche gras{NNB}», glisse-t-elle.

La mairie de Basse-Terre, partenaire de l’événement, dit «{NNB}ne pas vouloir s’immiscer{NNB}» dans une décision associative, mais souhaite «{NNB}une médiation rapide{NNB}» entre les deux parties.

Le groupe a déposé un recours gracieux auprès du comité et n’exclut pas de saisir la justice si l’exclusion est maintenue.""",
    [
        ("une injustice", "Lavwa Tanbou", "Lavwa Tanbou", "dénonce"),
        (
            "des jets de projectiles",
            "Comité basse-terrien du carnaval et des traditions",
            "Le comité",
            "évoque",
        ),
        (
            "le non-respect répété du parcours",
            "Comité basse-terrien du carnaval et des traditions",
            "Le comité",
            "évoque",
        ),
        (
            "ne pourra pas participer aux défilés du dimanche gras et du mardi gras",
            "Comité basse-terrien du carnaval et des traditions",
            ("Il précise", "Il"),
            "précise",
        ),
        ("disproportionnée", "Rudy Cocoyer", "Rudy Cocoyer", "Pour"),
        (
            f"Oui, il y a eu un incident. Deux jeunes qui ne font même pas partie du groupe ont lancé des bouteilles. Nous les avons nous-mêmes écartés. Pourquoi punir trois cents membres pour deux personnes{NNB}?",
            "Rudy Cocoyer",
            ("s’interroge-t-il", "il"),
            "s’interroge",
        ),
        (
            f"Nou ké rété doubout. Pèsonn pé ké fèmé bouch a tanbou-la{NNB}!",
            "Lavwa Tanbou",
            "le groupe",
            "a publié",
        ),
        (
            "Le carnaval doit rester une fête pour tout le monde, y compris pour les familles avec les enfants au bord de la route. Nous avons des règles, elles sont les mêmes pour tous les groupes",
            "Fabrice Laviolette",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        (
            "Ce n’est pas une sanction contre la culture",
            "Fabrice Laviolette",
            "Fabrice Laviolette",
            "insiste",
        ),
        (
            "C’est une sanction contre la violence.",
            "Fabrice Laviolette",
            "Fabrice Laviolette",
            "insiste",
        ),
        ("va trop loin", "habituée", "une habituée", "estime"),
        (
            "Sans Lavwa Tanbou, le dimanche gras, ce n’est plus le dimanche gras",
            "habituée",
            ("glisse-t-elle", "elle"),
            "glisse",
        ),
        (
            "ne pas vouloir s’immiscer",
            "mairie de Basse-Terre",
            "La mairie de Basse-Terre",
            "dit",
        ),
        ("une médiation rapide", "mairie de Basse-Terre", "La mairie de Basse-Terre", "souhaite"),
    ],
    ["Rasin an nou pa ka mò"],
)

article(
    "blind44-fr08",
    "fr",
    """Trail: disqualifié de la Traversée des Remparts, Teddy Payet fait appel

SPORT | Publié le 3 novembre 2025 à 11h12 | Par la rédaction de Linfo.re

Il avait franchi la ligne en deuxième position samedi soir à Saint-Pierre, sous les applaudissements. Quelques heures plus tard, Teddy Payet apprenait sa disqualification de la Traversée des Remparts, l'ultra-trail de 62 kilomètres qui relie Cilaos au littoral sud. Le coureur de Saint-Joseph a annoncé dimanche qu'il faisait appel.

Les commissaires lui reprochent d'avoir accepté une gourde tendue par son épouse au kilomètre 41, à près de deux kilomètres du ravitaillement officiel de Grand-Bassin-Haut. Le règlement de l'épreuve, rédigé par l'association organisatrice Run Sud Aventure, stipule que «toute assistance en dehors des zones prévues entraîne la disqualification immédiate du coureur».

Surnommé «le Cabri de Grand-Coude» pour son aisance dans les descentes techniques, Teddy Payet, 34 ans, visait un premier podium sur l'épreuve après deux abandons.

Sur sa page Facebook, le traileur a publié un long message dimanche soir. «J'ai couru 62 kilomètres avec mon cœur et mes jambes, personne ne m'a porté. Une gourde d'eau sous 30 degrés, ce n'est pas de la triche. Je ne lâcherai pas», écrit-il.

Son épouse, Marie-Annick Payet, dit avoir voulu «juste lui donner de l'eau» en le voyant arriver «complètement vidé». Elle n'avait, assure-t-elle, pas connaissance de la règle.

Le directeur de course, Jean-Hugues Hoarau, assume la décision: «Les commissaires ont vu la scène, il y a des photos. La règle est la même pour le premier et pour le dernier.»

«On ne prend aucun plaisir à disqualifier un coureur du pays, croyez-moi. Mais si on ferme les yeux une fois, on n'a plus de course.»

Lire aussi: Traversée des Remparts: victoire en solitaire de Johan Grondin

L'appel sera examiné par la Ligue réunionnaise des sports de nature (LRSN), qui a indiqué lundi qu'elle rendrait sa décision «sous quinze jours». La ligue précise que le classement reste «provisoire» jusque-là.

Le Mauricien Kevin Labonne, initialement troisième, hérite pour l'instant de la deuxième place. «Ce n'est pas comme ça que je voulais monter sur le podium. Teddy était plus fort que moi aujourd'hui», a-t-il réagi avec élégance.

Dans le milieu du trail réunionnais, l'affaire divise. Plusieurs coureurs ont publiquement soutenu Teddy Payet sur les réseaux sociaux, tandis que d'autres rappellent que la règle est connue de tous.

Partager cet article: Facebook Twitter WhatsApp""",
    [
        (
            "toute assistance en dehors des zones prévues entraîne la disqualification immédiate du coureur",
            "Run Sud Aventure",
            "Le règlement de l'épreuve",
            "stipule",
        ),
        (
            "J'ai couru 62 kilomètres avec mon cœur et mes jambes, personne ne m'a porté. Une gourde d'eau sous 30 degrés, ce n'est pas de la triche. Je ne lâcherai pas",
            "Teddy Payet",
            ("écrit-il", "il"),
            "écrit",
        ),
        (
            "juste lui donner de l'eau",
            "Marie-Annick Payet",
            "Marie-Annick Payet",
            "dit avoir voulu",
        ),
        ("complètement vidé", "Marie-Annick Payet", "Marie-Annick Payet", "dit avoir voulu"),
        (
            "Les commissaires ont vu la scène, il y a des photos. La règle est la même pour le premier et pour le dernier.",
            "Jean-Hugues Hoarau",
            "Jean-Hugues Hoarau",
            "assume",
        ),
        (
            "On ne prend aucun plaisir à disqualifier un coureur du pays, croyez-moi. Mais si on ferme les yeux une fois, on n'a plus de course.",
            "Jean-Hugues Hoarau",
            "Jean-Hugues Hoarau",
            None,
        ),
        (
            "sous quinze jours",
            "Ligue réunionnaise des sports de nature",
            "la Ligue réunionnaise des sports de nature",
            "a indiqué",
        ),
        (
            "provisoire",
            "Ligue réunionnaise des sports de nature",
            "La ligue",
            "précise",
        ),
        (
            "Ce n'est pas comme ça que je voulais monter sur le podium. Teddy était plus fort que moi aujourd'hui",
            "Kevin Labonne",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
    ],
    ["le Cabri de Grand-Coude"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind44_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
