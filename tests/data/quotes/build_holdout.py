# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds holdout.jsonl: a second team-written set, scored apart from dev.jsonl.

Written for depeche (CC0) after the extractor was tuned on dev.jsonl, in the spirit of the
held-out judging set: longer articles (300-700 words), scraping residue, and speakers of every
kind (politicians, officials with roles, organisations, anonymous sources, pronouns, women and
men). Same format and annotation conventions as build_dev.py: gold speakers are the canonical
name in the document (organisations by their full name, unnamed people by the head of their
role, "source", "collègue"; a body given a short name in brackets by its full name, as in
dev.jsonl); mentions and cues are strings (or ``(context, string)`` pairs) found
nearest to the quotation. Fixing a miss here means fixing the general phenomenon with a new
synthetic test in its own words, never a rule for the sentence. Run
``python tests/data/quotes/build_holdout.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 700)


article(
    "ho-fr01",
    "fr",
    f"""Rougeole : l’agence européenne s’alarme d’une hausse «{NB}sans précédent{NB}» des cas

Publié le 14/02/2025 à 09h12 - Mis à jour à 11h30
Temps de lecture : 4 min

Le Centre européen de prévention et de contrôle des maladies (ECDC) a recensé plus de 58 000 cas de rougeole en Europe l’an dernier, soit trois fois plus qu’en 2023. Dans un rapport publié jeudi, l’agence européenne évoque une situation «{NB}sans précédent depuis vingt-cinq ans{NB}».
«{NB}La baisse de la couverture vaccinale pendant la pandémie a laissé des millions d’enfants sans protection{NB}», a déclaré la directrice de l’ECDC, Ingrid Halvorsen, lors d’une conférence de presse à Stockholm. «{NB}Nous payons aujourd’hui le prix de ces retards.{NB}»
Selon l’agence, la Roumanie, l’Autriche et la France concentrent à elles seules près de la moitié des cas. Mme Halvorsen a appelé les gouvernements à lancer des campagnes de rattrapage «{NB}dès ce printemps{NB}».
Abonnez-vous à notre newsletter Santé
En France, le ministère de la Santé a indiqué dans un communiqué que 1 200 cas avaient été déclarés en 2024, dont deux mortels. «{NB}La vaccination reste la seule protection efficace{NB}», a rappelé le ministère, qui prépare une campagne d’information baptisée «{NB}Tous protégés{NB}» dans les écoles.
Une porte-parole du ministère a ajouté que les stocks de vaccins étaient «{NB}suffisants pour faire face à la demande{NB}».
Sur le terrain, les soignants s’inquiètent. Pédiatre à Marseille, le docteur Karim Ouali voit arriver chaque semaine des enfants non vaccinés. «{NB}Les parents ont peur des effets secondaires, mais ils ne mesurent pas la gravité de la maladie, explique-t-il. Une rougeole peut laisser des séquelles à vie.{NB}»
Il plaide pour une meilleure information des familles : «{NB}On ne convaincra personne en culpabilisant. Il faut du temps, de l’écoute, et des médecins disponibles.{NB}»
Pour l’épidémiologiste Claire Dumontet, chercheuse à l’Inserm, la situation était prévisible. «{NB}Il suffit que la couverture tombe sous 95 % pour que le virus circule de nouveau{NB}», souligne-t-elle. La chercheuse juge «{NB}inquiétant{NB}» le recul de la vaccination dans certains quartiers des grandes villes, où les taux sont parfois inférieurs à 80 %.
L’Assurance maladie, de son côté, a annoncé le remboursement intégral du rattrapage vaccinal pour les adultes nés après 1980. «{NB}Beaucoup ignorent qu’ils ne sont pas protégés{NB}», a souligné son directeur général, Thomas Fabre, au micro d’une radio publique.
La rougeole est l’une des maladies les plus contagieuses : une personne infectée peut en contaminer jusqu’à vingt autres. Deux doses de vaccin, administrées avant l’âge de 18 mois, protègent à vie dans la très grande majorité des cas.
Lire aussi : Vaccination : ce qui change pour les enfants en 2025
Vous avez aimé cet article ? Partagez-le""",
    [
        (
            "sans précédent",
            "Centre européen de prévention et de contrôle des maladies",
            "l’agence européenne",
            "s’alarme",
        ),
        (
            "sans précédent depuis vingt-cinq ans",
            "Centre européen de prévention et de contrôle des maladies",
            "l’agence européenne",
            "évoque",
        ),
        (
            "La baisse de la couverture vaccinale pendant la pandémie a laissé des millions d’enfants sans protection",
            "Ingrid Halvorsen",
            "Ingrid Halvorsen",
            "a déclaré",
        ),
        ("Nous payons aujourd’hui le prix de ces retards.", "Ingrid Halvorsen", None, None),
        ("dès ce printemps", "Ingrid Halvorsen", "Mme Halvorsen", "a appelé"),
        (
            "La vaccination reste la seule protection efficace",
            "ministère de la Santé",
            ("a rappelé le ministère", "le ministère"),
            "a rappelé",
        ),
        (
            "suffisants pour faire face à la demande",
            "ministère de la Santé",
            "Une porte-parole",
            "a ajouté",
        ),
        (
            "Les parents ont peur des effets secondaires, mais ils ne mesurent pas la gravité de la maladie,",
            "Karim Ouali",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Une rougeole peut laisser des séquelles à vie.",
            "Karim Ouali",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "On ne convaincra personne en culpabilisant. Il faut du temps, de l’écoute, et des médecins disponibles.",
            "Karim Ouali",
            ("Il plaide", "Il"),
            "plaide",
        ),
        (
            "Il suffit que la couverture tombe sous 95 % pour que le virus circule de nouveau",
            "Claire Dumontet",
            ("souligne-t-elle", "elle"),
            "souligne-t-elle",
        ),
        ("inquiétant", "Claire Dumontet", "La chercheuse", "juge"),
        (
            "Beaucoup ignorent qu’ils ne sont pas protégés",
            "Thomas Fabre",
            "Thomas Fabre",
            "a souligné",
        ),
    ],
    ["Tous protégés"],
)

article(
    "ho-fr02",
    "fr",
    f"""Mort d’un cariste en Isère : l’entreprise mise en cause par les syndicats

Par Élodie Marchal
Le 22 septembre 2025 à 17h48

Un salarié de 34 ans est mort lundi matin dans un entrepôt logistique de Saint-Quentin-Fallavier (Isère), écrasé par une palette tombée d’un rayonnage. La victime, Julien Morand, travaillait depuis six ans pour la société Logistra, spécialisée dans la distribution de produits électroménagers.
La procureure de la République de Vienne, Anne-Sophie Berthier, a ouvert une enquête pour homicide involontaire. «{NB}Les premières constatations montrent que le rayonnage avait été endommagé quelques jours plus tôt{NB}», a-t-elle indiqué mardi lors d’un point presse. La magistrate a précisé que des expertises techniques étaient en cours et qu’aucune hypothèse n’était «{NB}écartée à ce stade{NB}».
Un collègue de la victime, cariste dans l’entrepôt depuis 2019, a requis l’anonymat. «{NB}On avait signalé le problème au chef d’équipe la semaine dernière. On nous a répondu qu’il fallait attendre le technicien{NB}», raconte-t-il.
Publicité
Le syndicat CGT du site dénonce une «{NB}course à la productivité{NB}». Son délégué, Mehdi Bensaïd, a lu mardi une déclaration devant l’entrepôt :
«{NB}Depuis deux ans, on nous demande de charger toujours plus de camions avec toujours moins de monde.
«{NB}Les alertes remontent, personne ne les lit. Julien est mort parce que la sécurité passe après les délais.
«{NB}Nous demandons la fermeture de l’allée concernée et un audit complet de tous les rayonnages.{NB}»
Contactée par notre rédaction, la direction de Logistra a exprimé sa «{NB}profonde tristesse{NB}». L’entreprise a affirmé dans un communiqué qu’elle «{NB}coopère pleinement avec les enquêteurs{NB}» et qu’une cellule psychologique avait été mise en place pour les salariés.
Selon une source proche de l’enquête, l’inspection du travail avait déjà relevé en 2023 plusieurs manquements sur le site. «{NB}Il y avait des rapports, des mises en demeure. Ce n’est pas un accident tombé du ciel{NB}», affirme cette source.
Le maire de la commune, Gérard Pinel, s’est dit «{NB}bouleversé{NB}». Il a annoncé l’ouverture d’un registre de condoléances à la mairie. La sœur de Julien Morand, Camille, a déclaré à l’AFP : «{NB}Mon frère aimait son métier. Il rentrait épuisé, mais il ne se plaignait jamais.{NB}»
Selon les chiffres de l’Assurance maladie, plus de 700 personnes meurent chaque année en France dans un accident du travail. Le secteur de la logistique fait partie des plus exposés, avec le bâtiment et l’agriculture.
Un rassemblement est prévu samedi à 11 heures devant le site. Les syndicats appellent les salariés des autres entrepôts de la zone à cesser le travail une heure en hommage à la victime.
À lire aussi : Accidents du travail : la France parmi les mauvais élèves européens
Réagissez à cet article""",
    [
        (
            "Les premières constatations montrent que le rayonnage avait été endommagé quelques jours plus tôt",
            "Anne-Sophie Berthier",
            ("a-t-elle indiqué", "elle"),
            "a-t-elle indiqué",
        ),
        ("écartée à ce stade", "Anne-Sophie Berthier", "La magistrate", "a précisé"),
        (
            "On avait signalé le problème au chef d’équipe la semaine dernière. On nous a répondu qu’il fallait attendre le technicien",
            "collègue",
            ("raconte-t-il", "il"),
            "raconte-t-il",
        ),
        ("course à la productivité", "syndicat CGT", "Le syndicat CGT", "dénonce"),
        (
            "Depuis deux ans, on nous demande de charger toujours plus de camions avec toujours moins de monde.",
            "Mehdi Bensaïd",
            "Mehdi Bensaïd",
            "a lu",
        ),
        (
            "Les alertes remontent, personne ne les lit. Julien est mort parce que la sécurité passe après les délais.",
            "Mehdi Bensaïd",
            "Mehdi Bensaïd",
            "a lu",
        ),
        (
            "Nous demandons la fermeture de l’allée concernée et un audit complet de tous les rayonnages.",
            "Mehdi Bensaïd",
            "Mehdi Bensaïd",
            "a lu",
        ),
        ("profonde tristesse", "Logistra", "la direction de Logistra", "a exprimé"),
        ("coopère pleinement avec les enquêteurs", "Logistra", "L’entreprise", "a affirmé"),
        (
            "Il y avait des rapports, des mises en demeure. Ce n’est pas un accident tombé du ciel",
            "source",
            "cette source",
            "affirme",
        ),
        ("bouleversé", "Gérard Pinel", "Gérard Pinel", "s’est dit"),
        (
            "Mon frère aimait son métier. Il rentrait épuisé, mais il ne se plaignait jamais.",
            "Camille",
            "Camille",
            "a déclaré",
        ),
    ],
)

article(
    "ho-fr03",
    "fr",
    f"""Budget 2026 : le gouvernement engage sa responsabilité, la gauche dépose une motion de censure

Mis à jour le 18/10/2025 à 20:05
Temps de lecture : 4 min

Le Premier ministre, Thomas Vasseur, a annoncé vendredi après-midi qu’il engageait la responsabilité de son gouvernement sur le projet de loi de finances pour 2026, en recourant à l’article 49.3 de la Constitution. Devant les députés, il a défendu un texte «{NB}juste et responsable{NB}».
«{NB}Nous ne pouvons pas laisser le pays sans budget. Ce serait irresponsable vis-à-vis des Français, des collectivités et de nos partenaires européens{NB}», a lancé M. Vasseur sous les huées d’une partie de l’hémicycle.
La réplique n’a pas tardé. La présidente du groupe écologiste, Nadia Karam, a annoncé le dépôt d’une motion de censure. «{NB}Ce gouvernement a peur du vote, a-t-elle dénoncé. Il préfère passer en force plutôt que de convaincre.{NB}»
Interpellé par le député Olivier Roche sur la hausse de la taxe sur les carburants, le ministre de l’Économie, François Delmas, a défendu une mesure «{NB}temporaire{NB}». «{NB}Je vous le dis, monsieur le député : elle sera supprimée dès que les comptes seront revenus à l’équilibre{NB}», a-t-il répondu à M. Roche.
À droite, les Républicains hésitent. Leur chef de file, Laurent Sauvat, a affirmé qu’il ne voterait pas la censure «{NB}à ce stade{NB}». Mais il a prévenu : «{NB}Si le gouvernement touche aux pensions des retraités modestes, nous ne le soutiendrons plus.{NB}»
Selon un conseiller de l’exécutif, qui a souhaité garder l’anonymat, Matignon «{NB}a compté les voix{NB}» et la motion devrait échouer d’une trentaine de voix.
Newsletter Politique - Chaque soir, l’essentiel de l’actualité politique
Inscrivez-vous
La motion sera débattue lundi. Mme Karam a appelé les députés socialistes à la voter : «{NB}C’est le moment de montrer aux Français qu’il existe une alternative.{NB}»
Le chef de l’État, Marc Lefort, en déplacement à Berlin, a refusé de commenter. «{NB}C’est au Parlement de s’exprimer{NB}», s’est-il contenté de déclarer.
Dans l’entourage du Premier ministre, on se montre serein. «{NB}Nous avons fait des concessions importantes. Chacun prendra ses responsabilités{NB}», confie un proche de Thomas Vasseur.
Pour le politologue Étienne Marchetti, professeur à Sciences Po, la séquence est «{NB}un classique de la Ve République{NB}». Il rappelle que «{NB}les motions de censure échouent dans l’immense majorité des cas{NB}», mais que l’arithmétique de l’Assemblée rend cette fois le scrutin plus incertain.
Le budget prévoit de ramener le déficit public à 4,6 % du produit intérieur brut, contre 5,4 % attendus cette année, grâce à 30 milliards d’euros d’économies et de recettes nouvelles.
Voir les 214 commentaires""",
    [
        ("juste et responsable", "Thomas Vasseur", ("il a défendu", "il"), "a défendu"),
        (
            "Nous ne pouvons pas laisser le pays sans budget. Ce serait irresponsable vis-à-vis des Français, des collectivités et de nos partenaires européens",
            "Thomas Vasseur",
            "M. Vasseur",
            "a lancé",
        ),
        (
            "Ce gouvernement a peur du vote,",
            "Nadia Karam",
            ("a-t-elle dénoncé", "elle"),
            "a-t-elle dénoncé",
        ),
        (
            "Il préfère passer en force plutôt que de convaincre.",
            "Nadia Karam",
            ("a-t-elle dénoncé", "elle"),
            "a-t-elle dénoncé",
        ),
        ("temporaire", "François Delmas", "François Delmas", "a défendu"),
        (
            "Je vous le dis, monsieur le député : elle sera supprimée dès que les comptes seront revenus à l’équilibre",
            "François Delmas",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        ("à ce stade", "Laurent Sauvat", "Laurent Sauvat", "a affirmé"),
        (
            "Si le gouvernement touche aux pensions des retraités modestes, nous ne le soutiendrons plus.",
            "Laurent Sauvat",
            ("Mais il", "il"),
            "a prévenu",
        ),
        ("a compté les voix", "conseiller", "un conseiller", "Selon"),
        (
            "C’est le moment de montrer aux Français qu’il existe une alternative.",
            "Nadia Karam",
            "Mme Karam",
            "a appelé",
        ),
        (
            "C’est au Parlement de s’exprimer",
            "Marc Lefort",
            ("s’est-il", "il"),
            "s’est-il contenté de déclarer",
        ),
        (
            "Nous avons fait des concessions importantes. Chacun prendra ses responsabilités",
            "proche",
            "un proche",
            "confie",
        ),
        ("un classique de la Ve République", "Étienne Marchetti", "Étienne Marchetti", "Pour"),
        (
            "les motions de censure échouent dans l’immense majorité des cas",
            "Étienne Marchetti",
            ("Il rappelle", "Il"),
            "rappelle",
        ),
    ],
)

article(
    "ho-fr04",
    "fr",
    f"""Cannes : «{NB}Les Heures claires{NB}» de Léa Fontaine remporte la Palme d’or

Le 24/05/2025 à 21h47
Par notre envoyé spécial

La réalisatrice française Léa Fontaine a remporté samedi soir la Palme d’or du 78e Festival de Cannes pour «{NB}Les Heures claires{NB}», un drame familial tourné dans les Cévennes. Elle devient la troisième femme à recevoir la récompense suprême.
Visiblement émue, la cinéaste a dédié son prix à sa mère, disparue pendant le tournage. «{NB}Ce film, c’est elle. Chaque plan, chaque silence lui appartient{NB}», a-t-elle déclaré en recevant le trophée des mains de l’acteur Paul Renaud.
Le président du jury, le cinéaste brésilien Rodrigo Alves, a salué «{NB}une œuvre d’une rare délicatesse{NB}». «{NB}Nous avons été bouleversés, tous les neuf, a-t-il confié lors de la conférence de presse. La décision a été prise à l’unanimité dès le premier tour.{NB}»
Le Grand Prix est revenu au film sud-coréen «{NB}Rivière de sel{NB}», de Kim Ji-ho, tandis que l’Américaine Dana Whitfield a reçu le prix de la mise en scène pour «{NB}Northbound{NB}». Interrogée par la presse, elle a plaisanté : «{NB}Je suis venue avec un film de quatre heures, je repars avec un prix. Tout est possible !{NB}»
Publicité - Continuez à lire ci-dessous
Le prix d’interprétation masculine a été attribué à Samir Haddad pour son rôle de père endeuillé dans «{NB}Les Heures claires{NB}». L’acteur, qui tournait son premier long métrage, n’en revenait pas. «{NB}Il y a deux ans, je travaillais dans un garage à Alès{NB}», a-t-il raconté à la presse. Fontaine l’avait repéré lors d’un casting sauvage, après des mois de recherches infructueuses dans les écoles de théâtre.
La critique, elle, est partagée. Le critique Bastien Leroux a qualifié le film de «{NB}chef-d’œuvre{NB}», tandis que sa consœur Mathilde Roy a regretté une mise en scène «{NB}trop sage{NB}». Le délégué général du festival, Henri Massart, a défendu un palmarès «{NB}audacieux et cohérent{NB}». «{NB}Cannes a toujours récompensé des films qui prennent des risques{NB}», a-t-il ajouté.
Cette édition a aussi été marquée par une fréquentation record : plus de 40 000 accréditations ont été délivrées, selon les organisateurs, et les séances du marché du film ont affiché complet dès le premier week-end.
Le film sortira en salles le 3 septembre, distribué par une petite société lyonnaise qui l’avait acheté avant même sa sélection.
Lire aussi : Festival de Cannes 2025 : le palmarès complet
Les plus lus""",
    [
        (
            "Ce film, c’est elle. Chaque plan, chaque silence lui appartient",
            "Léa Fontaine",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        ("une œuvre d’une rare délicatesse", "Rodrigo Alves", "Rodrigo Alves", "a salué"),
        (
            "Nous avons été bouleversés, tous les neuf,",
            "Rodrigo Alves",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "La décision a été prise à l’unanimité dès le premier tour.",
            "Rodrigo Alves",
            ("a-t-il confié", "il"),
            "a-t-il confié",
        ),
        (
            "Je suis venue avec un film de quatre heures, je repars avec un prix. Tout est possible !",
            "Dana Whitfield",
            ("elle a plaisanté", "elle"),
            "a plaisanté",
        ),
        (
            "Il y a deux ans, je travaillais dans un garage à Alès",
            "Samir Haddad",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        ("chef-d’œuvre", "Bastien Leroux", "Bastien Leroux", "a qualifié"),
        ("trop sage", "Mathilde Roy", "Mathilde Roy", "a regretté"),
        ("audacieux et cohérent", "Henri Massart", "Henri Massart", "a défendu"),
        (
            "Cannes a toujours récompensé des films qui prennent des risques",
            "Henri Massart",
            ("a-t-il ajouté", "il"),
            "a-t-il ajouté",
        ),
    ],
    [
        "Les Heures claires",
        "Les Heures claires",
        "Rivière de sel",
        "Northbound",
        "Les Heures claires",
    ],
)

article(
    "ho-fr05",
    "fr",
    """Mer Baltique : l’OTAN renforce sa surveillance après la rupture d’un câble sous-marin

Publié le 09/01/2026 à 14:20
Temps de lecture : 3 min

L’Alliance atlantique va déployer des frégates et des avions de patrouille supplémentaires en mer Baltique, après l’endommagement d’un câble électrique reliant la Finlande à l’Estonie. Le secrétaire général de l’OTAN, Henrik Aalto, l’a annoncé jeudi à Bruxelles.
"Nous ne tolérerons pas d’attaques contre nos infrastructures critiques", a-t-il affirmé à l’issue d’une réunion des ambassadeurs alliés. M. Aalto a refusé de désigner un responsable, mais a évoqué "un schéma qui se répète".
Les autorités finlandaises ont saisi mercredi un pétrolier battant pavillon des îles Cook, soupçonné d’avoir arraché le câble avec son ancre. Selon la police finlandaise, l’équipage, composé de 24 marins, est interrogé à Helsinki.
La Première ministre estonienne, Liis Saar, a dénoncé un "acte de sabotage". "Ce n’est pas un accident. Les ancres ne traînent pas sur cent kilomètres par hasard", a-t-elle déclaré à l’AFP.
Le Kremlin a rejeté toute implication. "Ces accusations sont absurdes et ne reposent sur aucune preuve", a réagi son porte-parole, Dmitri Orlov, cité par les agences russes.
Pour la chercheuse Anna Lindberg, de l’Institut suédois des affaires internationales, la menace est sérieuse. "Les câbles sont nombreux, peu protégés et très difficiles à surveiller", estime-t-elle. "On ne peut pas mettre un navire militaire derrière chaque bateau."
Le ministère finlandais de l’Énergie a indiqué dans un communiqué que l’approvisionnement du pays n’était "pas menacé". Les réparations pourraient prendre plusieurs mois, selon l’opérateur du réseau, qui a mobilisé un navire câblier norvégien.
Publicité
Le commandant de la mission, l’amiral néerlandais Pieter de Vries, a détaillé le dispositif devant la presse : "Nous aurons en permanence au moins dix navires dans la zone. Chaque bâtiment suspect sera suivi."
Interrogé par le journaliste finlandais Mikko Rantanen sur la possibilité d’arraisonner des navires en haute mer, il a répondu : "Le droit maritime est clair, et nous le respecterons."
À Moscou, le ministère russe des Affaires étrangères a qualifié la saisie du pétrolier d’"illégale" et dénoncé une "piraterie d’État". L’ambassadeur de Finlande a été convoqué dans la soirée.
Depuis 2023, au moins onze câbles et gazoducs ont été endommagés en mer Baltique dans des circonstances jugées suspectes par les pays riverains, qui réclament un renforcement des contrôles sur les navires vieillissants de la flotte dite fantôme.
Lire aussi : Câbles sous-marins : la guerre invisible
Partager : Facebook - X - LinkedIn - E-mail""",
    [
        (
            "Nous ne tolérerons pas d’attaques contre nos infrastructures critiques",
            "Henrik Aalto",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        ("un schéma qui se répète", "Henrik Aalto", "M. Aalto", "a évoqué"),
        ("acte de sabotage", "Liis Saar", "Liis Saar", "a dénoncé"),
        (
            "Ce n’est pas un accident. Les ancres ne traînent pas sur cent kilomètres par hasard",
            "Liis Saar",
            ("a-t-elle déclaré", "elle"),
            "a-t-elle déclaré",
        ),
        (
            "Ces accusations sont absurdes et ne reposent sur aucune preuve",
            "Dmitri Orlov",
            "Dmitri Orlov",
            "a réagi",
        ),
        (
            "Les câbles sont nombreux, peu protégés et très difficiles à surveiller",
            "Anna Lindberg",
            ("estime-t-elle", "elle"),
            "estime-t-elle",
        ),
        (
            "On ne peut pas mettre un navire militaire derrière chaque bateau.",
            "Anna Lindberg",
            None,
            None,
        ),
        (
            "pas menacé",
            "ministère finlandais de l’Énergie",
            "Le ministère finlandais de l’Énergie",
            "a indiqué",
        ),
        (
            "Nous aurons en permanence au moins dix navires dans la zone. Chaque bâtiment suspect sera suivi.",
            "Pieter de Vries",
            "Pieter de Vries",
            "a détaillé",
        ),
        (
            "Le droit maritime est clair, et nous le respecterons.",
            "Pieter de Vries",
            ("il a répondu", "il"),
            "a répondu",
        ),
        (
            "illégale",
            "ministère russe des Affaires étrangères",
            "le ministère russe des Affaires étrangères",
            "a qualifié",
        ),
        (
            "piraterie d’État",
            "ministère russe des Affaires étrangères",
            "le ministère russe des Affaires étrangères",
            "dénoncé",
        ),
    ],
)

article(
    "ho-en01",
    "en",
    """Bank of England holds rates at 4.5% as inflation proves sticky

By Hannah Cole, Economics correspondent
Published 6 February 2026, 12:04 GMT
Share this article

The Bank of England kept interest rates on hold on Thursday, warning that inflation was falling more slowly than it had expected and that households should not count on rapid cuts this year.
The Monetary Policy Committee voted seven to two to leave the benchmark rate at 4.5%. Two members backed a quarter-point cut, arguing that the labour market was cooling faster than the official figures suggested.
“We need to be sure that inflation is on track to return sustainably to our 2% target before we lower rates further,” Governor Alan Whitcombe said at a press conference in London. “We are not there yet.”
Mr. Whitcombe said wage growth, running at close to 6%, remained “uncomfortably high” for the Bank. Asked by a reporter whether mortgage holders should expect relief by the summer, he replied: “I’m not going to give a date. It depends on the data.”
The Bank of England said in its quarterly report that it now expected inflation to peak at 3.7% in the spring before easing in the second half of the year.
Mr. Whitcombe also defended the Bank’s record: “We acted decisively when prices surged, and we will not take risks now.”
Advertisement
The Chancellor, Priya Desai, welcomed what she called “a steady hand” from the Bank. “Getting inflation down is the foundation of everything else we want to achieve,” she said in a statement.
Business groups were less patient. The British Chambers of Commerce said firms were “crying out for lower borrowing costs.” Its head of economics, Martin Gale, warned that investment plans were being shelved. “Every month of delay costs jobs,” he told the BBC.
According to economists at Halvern Capital, markets now expect only two cuts this year. “The Bank is signalling patience, not a change of direction,” said Louise Marchant, the firm’s chief UK economist. She added that a cut in May was still “more likely than not”.
The pound rose 0.4% against the dollar after the announcement, while shares in housebuilders fell. Mortgage lenders said fixed rates were unlikely to move much in the coming weeks.
The next decision is due on 20 March.
Related: What the rate decision means for your mortgage
Sign up to our Business Today newsletter""",
    [
        (
            "We need to be sure that inflation is on track to return sustainably to our 2% target before we lower rates further,",
            "Alan Whitcombe",
            "Governor Alan Whitcombe",
            "said",
        ),
        ("We are not there yet.", "Alan Whitcombe", "Governor Alan Whitcombe", "said"),
        ("uncomfortably high", "Alan Whitcombe", "Mr. Whitcombe", "said"),
        (
            "I’m not going to give a date. It depends on the data.",
            "Alan Whitcombe",
            ("he replied", "he"),
            "replied",
        ),
        (
            "We acted decisively when prices surged, and we will not take risks now.",
            "Alan Whitcombe",
            "Mr. Whitcombe",
            "defended",
        ),
        ("a steady hand", "Priya Desai", ("she called", "she"), "called"),
        (
            "Getting inflation down is the foundation of everything else we want to achieve,",
            "Priya Desai",
            ("she said", "she"),
            "said",
        ),
        (
            "crying out for lower borrowing costs.",
            "British Chambers of Commerce",
            "The British Chambers of Commerce",
            "said",
        ),
        ("Every month of delay costs jobs,", "Martin Gale", ("he told", "he"), "told"),
        (
            "The Bank is signalling patience, not a change of direction,",
            "Louise Marchant",
            "Louise Marchant",
            "said",
        ),
        ("more likely than not", "Louise Marchant", ("She added", "She"), "added"),
    ],
)

article(
    "ho-en02",
    "en",
    """Former transport minister charged over £90m ferry contract

By Tom Reilly, Home Affairs Editor
Updated 3 June 2025 14:32 BST
Follow us on X

Former transport minister Graham Pryce was charged on Tuesday with misconduct in public office over the award of a £90m ferry contract, the Crown Prosecution Service said.
The charge follows a two-year investigation by the National Crime Agency into how the contract was given to Westmoor Marine, a company whose director was a long-standing friend of Mr. Pryce.
“Having reviewed the evidence gathered by the National Crime Agency, we have concluded that there is sufficient evidence and that a prosecution is in the public interest,” said Helen Ashworth, head of the CPS special crime division.
Mr. Pryce, 58, who left government in 2023, denied wrongdoing. In a statement released through his lawyers, he said he had “always acted in good faith” and would “fight this charge with everything I have.”
His solicitor, Naomi Clarke, told reporters outside her office in London that her client was “the victim of a political campaign.” “He will be pleading not guilty, and we are confident that he will be cleared,” she said.
Advertisement
The Department for Transport said it had strengthened its procurement rules since the contract was signed. A spokeswoman for the department added: “We cannot comment on an ongoing criminal case, but we have cooperated fully with investigators throughout.”
A person familiar with the investigation said officers had examined thousands of emails and text messages. “It was never about one meeting. It was about a pattern,” the person said, speaking on condition of anonymity because they were not authorised to discuss the case.
Opposition MPs seized on the charge. The opposition transport spokesman, Daniel Okafor, called for an independent review of every contract signed during Mr. Pryce’s tenure. “The public deserve to know whether this was a one-off or the way the department was run,” he told LBC.
The two ferries, ordered in 2021 for the crossing between the mainland and the islands, have yet to enter service and are now expected to cost more than twice the original estimate. Westmoor Marine did not respond to requests for comment.
Mr. Pryce is due to appear at Westminster Magistrates’ Court on 24 June. If convicted, he faces a maximum sentence of life imprisonment, although sentences for the offence are usually far shorter.
Related stories
Ferry fiasco: how a £90m contract sank
Most read""",
    [
        (
            "Having reviewed the evidence gathered by the National Crime Agency, we have concluded that there is sufficient evidence and that a prosecution is in the public interest,",
            "Helen Ashworth",
            "Helen Ashworth",
            "said",
        ),
        ("always acted in good faith", "Graham Pryce", ("he said", "he"), "said"),
        ("fight this charge with everything I have.", "Graham Pryce", ("he said", "he"), "said"),
        ("the victim of a political campaign.", "Naomi Clarke", "Naomi Clarke", "told"),
        (
            "He will be pleading not guilty, and we are confident that he will be cleared,",
            "Naomi Clarke",
            ("she said", "she"),
            "said",
        ),
        (
            "We cannot comment on an ongoing criminal case, but we have cooperated fully with investigators throughout.",
            "Department for Transport",
            "A spokeswoman",
            "added",
        ),
        (
            "It was never about one meeting. It was about a pattern,",
            "person",
            "the person",
            "said",
        ),
        (
            "The public deserve to know whether this was a one-off or the way the department was run,",
            "Daniel Okafor",
            ("he told", "he"),
            "told",
        ),
    ],
)

article(
    "ho-en03",
    "en",
    """Senate passes wildfire aid bill after late-night deal

WASHINGTON — The Senate passed a $14 billion wildfire relief package early Friday after Democrats and Republicans reached a last-minute agreement on funding for forest management, sending the bill to the House.
The measure passed 71 to 27. Senate Majority Leader Daniel Harlan, a Republican from Montana, said the deal showed that Congress “can still do its job when people are hurting.”
“This is not a perfect bill,” Mr. Harlan said on the Senate floor shortly after 1 a.m. “But families in my state have lost everything, and they cannot wait for a perfect bill.”
The main holdout had been Senator Rosa Medina, Democrat of California, who insisted that the package include money for firefighter salaries. She won a commitment for $800 million over four years.
“We were not going to pass a relief bill that leaves the people who fight these fires earning less than a fast-food manager,” Ms. Medina told reporters. “That was my red line, and I told the leader so from day one.”
Not everyone was satisfied. “We are borrowing billions we don’t have,” said Senator Wade Cullen of Utah, one of the 27 who voted against. “Nobody here even read the final text.”
White House press secretary Monica Ellis said the president would sign the bill “as soon as it reaches his desk.”
President Michael Crane, speaking to reporters at the White House on Thursday, urged the House to act quickly. He said:
“I’ve been to Paradise, I’ve been to Lahaina, I’ve seen what these fires do.
“Every day we wait, more families give up and leave. The House needs to get this done next week.”
House Speaker Tom Brannigan said in a statement that the chamber would take up the bill “promptly,” but some conservatives have threatened to demand offsetting spending cuts.
“If they want to pay for it, fine,” Ms. Medina said when asked about the threat, “but they should have said so three months ago.”
Asked by Senator Cullen whether the deal set a precedent, Mr. Harlan told him: “Every disaster is different. We will deal with the next one when it comes.”
The package also includes $2 billion for utilities to bury power lines in high-risk areas, a provision that had been opposed by several rural lawmakers.
Advertisement
Most Read
Related: How wildfire season got longer""",
    [
        (
            "can still do its job when people are hurting.",
            "Daniel Harlan",
            "Senate Majority Leader Daniel Harlan",
            "said",
        ),
        ("This is not a perfect bill,", "Daniel Harlan", "Mr. Harlan", "said"),
        (
            "But families in my state have lost everything, and they cannot wait for a perfect bill.",
            "Daniel Harlan",
            "Mr. Harlan",
            "said",
        ),
        (
            "We were not going to pass a relief bill that leaves the people who fight these fires earning less than a fast-food manager,",
            "Rosa Medina",
            "Ms. Medina",
            "told",
        ),
        (
            "That was my red line, and I told the leader so from day one.",
            "Rosa Medina",
            "Ms. Medina",
            "told",
        ),
        ("We are borrowing billions we don’t have,", "Wade Cullen", "Senator Wade Cullen", "said"),
        ("Nobody here even read the final text.", "Wade Cullen", "Senator Wade Cullen", "said"),
        ("as soon as it reaches his desk.", "Monica Ellis", "Monica Ellis", "said"),
        (
            "I’ve been to Paradise, I’ve been to Lahaina, I’ve seen what these fires do.",
            "Michael Crane",
            ("He said", "He"),
            "said",
        ),
        (
            "Every day we wait, more families give up and leave. The House needs to get this done next week.",
            "Michael Crane",
            ("He said", "He"),
            "said",
        ),
        ("promptly,", "Tom Brannigan", "Tom Brannigan", "said"),
        ("If they want to pay for it, fine,", "Rosa Medina", "Ms. Medina", "said"),
        ("but they should have said so three months ago.", "Rosa Medina", "Ms. Medina", "said"),
        (
            "Every disaster is different. We will deal with the next one when it comes.",
            "Daniel Harlan",
            "Mr. Harlan",
            "told",
        ),
    ],
)

article(
    "ho-en04",
    "en",
    """EU opens investigation into ride-hailing firm over driver pay algorithm

By Clara Jensen in Brussels
Published 11:20 CET, 19 March 2026
Listen to this article · 4 min

The European Commission opened a formal investigation on Wednesday into Movely, the Amsterdam-based ride-hailing company, over an algorithm that allegedly cuts drivers' pay without explanation.
"Workers have the right to know how their pay is calculated," the commission said in a statement. "An algorithm is not an excuse for opacity."
The inquiry will examine whether the app's "Dynamic Earnings" feature, introduced in 2024, breaches the EU's platform work directive, which requires companies to explain automated decisions that affect their workers.
Executive Vice-President Elena Varga, who is leading the case, told reporters: "We have received hundreds of complaints from drivers in nine countries. They describe the same thing: fares go up, pay goes down."
Movely rejected the accusations. A company spokesman said the algorithm "rewards drivers who work at busy times" and that the firm would "engage constructively" with Brussels. Its chief executive, Joris van Dijk, had called the investigation "politically motivated" in an interview last month.
Drivers' groups welcomed the move. "Finally someone is asking the right questions," said Amira Khalil, who coordinates the European branch of the International Federation of App-Based Transport Workers. "Drivers have been guessing for years."
The federation said in a separate statement that drivers had seen their pay fall by "up to 30% in two years" in some cities.
Advertisement
Not everyone in Brussels is convinced the case will change much. Jan Roelofs, an economist at Leiden University, called the case "a test of whether the directive has teeth". But he cautioned: "If the commission cannot open the black box, nobody can. The risk is a long, technical fight that ends with a fine nobody notices."
The company also faces a separate inquiry in France, where the data protection authority is examining its "SafeDrive" fatigue-monitoring tool, which tracks how long drivers have been logged in.
If the commission finds a breach, Movely could be fined up to 6% of its global turnover. The company, which operates in 14 European countries, reported revenue of €3.1bn last year.
Movely's shares fell 6% in Amsterdam trading after the announcement.
Read more:
Gig economy: what the new EU rules change for drivers and riders
Share on Facebook Share on LinkedIn""",
    [
        (
            "Workers have the right to know how their pay is calculated,",
            "European Commission",
            "the commission",
            "said",
        ),
        (
            "An algorithm is not an excuse for opacity.",
            "European Commission",
            "the commission",
            "said",
        ),
        (
            "We have received hundreds of complaints from drivers in nine countries. They describe the same thing: fares go up, pay goes down.",
            "Elena Varga",
            "Elena Varga",
            "told",
        ),
        ("rewards drivers who work at busy times", "Movely", "A company spokesman", "said"),
        ("engage constructively", "Movely", "A company spokesman", "said"),
        ("politically motivated", "Joris van Dijk", "Joris van Dijk", "had called"),
        ("Finally someone is asking the right questions,", "Amira Khalil", "Amira Khalil", "said"),
        ("Drivers have been guessing for years.", "Amira Khalil", "Amira Khalil", "said"),
        (
            "up to 30% in two years",
            "International Federation of App-Based Transport Workers",
            "The federation",
            "said",
        ),
        ("a test of whether the directive has teeth", "Jan Roelofs", "Jan Roelofs", "called"),
        (
            "If the commission cannot open the black box, nobody can. The risk is a long, technical fight that ends with a fine nobody notices.",
            "Jan Roelofs",
            ("he cautioned", "he"),
            "cautioned",
        ),
    ],
    ["Dynamic Earnings", "SafeDrive"],
)

article(
    "ho-en05",
    "en",
    """Okonkwo stuns top seed to reach first Grand Slam final

By Rachel Burns at Wimbledon
Last updated: 10 July 2025, 19:55

Britain’s Ada Okonkwo reached her first Grand Slam final on Thursday with a 6-4 3-6 7-5 victory over world number one Sofia Reyes on Centre Court.
The 22-year-old saved three break points in the final game before sealing the match with an ace. ‘I don’t think I’ve ever been this nervous in my life,’ Okonkwo said in her on-court interview. ‘When the ball landed I just looked at my box and thought, “Is this real?”’
Her coach, former doubles champion Mark Ellery, said his player had ‘grown up in front of everyone’ over the past fortnight. ‘People said she was too emotional to win the big ones,’ he added. ‘Today she showed them what emotion looks like when you use it.’
Reyes, who had won their three previous meetings, was gracious in defeat. ‘She played the big points better than me, simple as that,’ the Spaniard told reporters. She admitted her shoulder had been ‘a bit sore’ since the quarter-final but refused to use it as an excuse.
‘I’m not going to say I lost because of my shoulder. She was better,’ Reyes added.
The crowd included former champion Helen Marsh, who said Okonkwo had ‘the best forehand in women’s tennis right now’.
Advertisement
The All England Club said in a statement that demand for tickets for Saturday’s final had ‘broken every record’ and warned fans against buying from unofficial resellers.
Okonkwo will face Czech fourth seed Klara Dvorak, who beat the American Jessica Moreno in straight sets earlier on Thursday. Asked about her opponent, the Briton said she had watched the other semi-final ‘with one eye’ and admitted: ‘Whoever wins, it’s going to be the hardest match of my life. But I’ve said that every round, haven’t I?’
Dvorak leads their head-to-head record two matches to one, but the pair have never met on grass. The Czech has dropped only one set in the tournament so far.
Okonkwo is the first British woman to reach the singles final since 1977. Her run has drawn record television audiences, with more than nine million viewers watching the quarter-final against the defending champion.
The final will be played on Saturday at 2pm.
More from Sport
Comments (312)""",
    [
        ("I don’t think I’ve ever been this nervous in my life,", "Ada Okonkwo", "Okonkwo", "said"),
        (
            "When the ball landed I just looked at my box and thought, “Is this real?”",
            "Ada Okonkwo",
            "Okonkwo",
            "said",
        ),
        ("grown up in front of everyone", "Mark Ellery", "Mark Ellery", "said"),
        (
            "People said she was too emotional to win the big ones,",
            "Mark Ellery",
            ("he added", "he"),
            "added",
        ),
        (
            "Today she showed them what emotion looks like when you use it.",
            "Mark Ellery",
            ("he added", "he"),
            "added",
        ),
        (
            "She played the big points better than me, simple as that,",
            "Sofia Reyes",
            "the Spaniard",
            "told",
        ),
        ("a bit sore", "Sofia Reyes", ("She admitted", "She"), "admitted"),
        (
            "I’m not going to say I lost because of my shoulder. She was better,",
            "Sofia Reyes",
            "Reyes",
            "added",
        ),
        ("the best forehand in women’s tennis right now", "Helen Marsh", "Helen Marsh", "said"),
        ("broken every record", "All England Club", "The All England Club", "said"),
        ("with one eye", "Ada Okonkwo", "the Briton", "said"),
        (
            "Whoever wins, it’s going to be the hardest match of my life. But I’ve said that every round, haven’t I?",
            "Ada Okonkwo",
            "the Briton",
            "admitted",
        ),
    ],
)


# --- written after the fixes above, scored once and never tuned on (see the closing report) --

article(
    "ho-fr06",
    "fr",
    f"""Pesticides : la préfète de la Drôme limite les épandages près des écoles

Publié le 02/04/2026 à 16h20
Par Clémence Faure

La préfète de la Drôme, Valérie Ancel, a signé mardi un arrêté interdisant l’épandage de pesticides à moins de 50 mètres des écoles pendant les heures de classe. Une première dans le département, où plusieurs établissements avaient signalé des malaises chez des élèves au printemps dernier.
«{NB}La santé des enfants n’est pas négociable. Nous avons pris le temps de la concertation, mais il fallait trancher{NB}», a déclaré Mme Ancel lors d’une conférence de presse à Valence.
L’arrêté entrera en vigueur le 15 avril. Les agriculteurs qui ne le respecteront pas s’exposent à une amende de 1 500 euros.
Newsletter Drôme-Ardèche — Recevez l’essentiel de l’actualité locale
La FDSEA a immédiatement dénoncé une décision «{NB}brutale et déconnectée du terrain{NB}». Son président, Jean-Marc Rivoire, estime que les exploitants ont déjà fait «{NB}d’énormes efforts{NB}». «{NB}On nous montre du doigt alors que nous respectons la loi depuis des années, a-t-il réagi. Cet arrêté va mettre en difficulté des dizaines de fermes.{NB}»
Un arboriculteur de Saint-Rambert-d’Albon, qui préfère ne pas donner son nom, s’inquiète pour sa récolte : «{NB}Mes vergers touchent l’école. Si je ne traite pas au bon moment, je perds tout.{NB}»
Du côté des parents, le soulagement domine. La présidente de l’association Parents vigilants 26, Sophie Berthelot, salue «{NB}un premier pas{NB}». «{NB}Nous nous battons depuis trois ans pour obtenir cette protection, explique-t-elle. Mais 50 mètres, c’est encore trop peu.{NB}»
Selon la chambre d’agriculture, environ 120 exploitations seraient concernées par la mesure. L’organisme a indiqué dans un communiqué qu’il proposerait «{NB}un accompagnement technique{NB}» aux agriculteurs touchés.
Le maire de Valence, Nicolas Daurat, s’est dit «{NB}favorable{NB}» à l’arrêté, tout en appelant à «{NB}ne pas opposer les agriculteurs et les familles{NB}».
Interrogé par un quotidien régional, le député de la circonscription, Paul Meyrand, a promis de porter le sujet à l’Assemblée nationale : «{NB}Il faut une règle nationale claire, pas des arrêtés département par département.{NB}»
Lire aussi : Drôme : des élèves pris de malaises après un épandage près d’une école
Réagir à cet article""",
    [
        (
            "La santé des enfants n’est pas négociable. Nous avons pris le temps de la concertation, mais il fallait trancher",
            "Valérie Ancel",
            "Mme Ancel",
            "a déclaré",
        ),
        ("brutale et déconnectée du terrain", "FDSEA", "La FDSEA", "a immédiatement dénoncé"),
        ("d’énormes efforts", "Jean-Marc Rivoire", "Jean-Marc Rivoire", "estime"),
        (
            "On nous montre du doigt alors que nous respectons la loi depuis des années,",
            "Jean-Marc Rivoire",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
        (
            "Cet arrêté va mettre en difficulté des dizaines de fermes.",
            "Jean-Marc Rivoire",
            ("a-t-il réagi", "il"),
            "a-t-il réagi",
        ),
        (
            "Mes vergers touchent l’école. Si je ne traite pas au bon moment, je perds tout.",
            "arboriculteur",
            "Un arboriculteur",
            "s’inquiète",
        ),
        ("un premier pas", "Sophie Berthelot", "Sophie Berthelot", "salue"),
        (
            "Nous nous battons depuis trois ans pour obtenir cette protection,",
            "Sophie Berthelot",
            ("explique-t-elle", "elle"),
            "explique-t-elle",
        ),
        (
            "Mais 50 mètres, c’est encore trop peu.",
            "Sophie Berthelot",
            ("explique-t-elle", "elle"),
            "explique-t-elle",
        ),
        ("un accompagnement technique", "chambre d’agriculture", "L’organisme", "a indiqué"),
        ("favorable", "Nicolas Daurat", "Nicolas Daurat", "s’est dit"),
        (
            "ne pas opposer les agriculteurs et les familles",
            "Nicolas Daurat",
            "Nicolas Daurat",
            "appelant",
        ),
        (
            "Il faut une règle nationale claire, pas des arrêtés département par département.",
            "Paul Meyrand",
            "Paul Meyrand",
            "a promis",
        ),
    ],
)

article(
    "ho-en06",
    "en",
    """Hospital trust apologises after data breach exposes 40,000 patient records

By Priya Raman, Health Correspondent
Published 14 May 2026, 09:15 BST
Share

A hospital trust in the north of England has apologised after a cyber attack exposed the personal details of about 40,000 patients, including test results and home addresses.
Northfield Teaching Hospitals NHS Trust said the breach was discovered on 2 May, when staff noticed unusual activity on a server used by its radiology department. The trust said it had “no evidence” that the data had been published online.
“I want to say sorry to every patient affected. This should not have happened,” the trust’s chief executive, Dr Helen Marlowe, said in a video statement. She added that patients would be contacted “by letter within the next fortnight”.
The Information Commissioner’s Office confirmed it was investigating. A spokesman for the regulator said: “Organisations holding sensitive health information have a duty to protect it. We will be looking closely at what went wrong.”
Cybersecurity researchers said the attack bore the hallmarks of a ransomware group that has targeted several European hospitals this year. “These groups know hospitals cannot afford downtime, so they expect them to pay,” said Marcus Lyle, a researcher at the University of Leeds. He warned that the stolen files could be sold “within weeks”.
Patients expressed anger at the delay in informing them. One woman, whose daughter had scans at the hospital in March, told the BBC she had found out from a neighbour. “Nobody from the hospital has called us. We had to hear it from someone in the street,” she said.
Advertisement
The Department of Health and Social Care said the government had invested £300m in NHS cybersecurity since 2021. Health minister Tom Aldridge told MPs on Tuesday that he had asked for “a full account” of the incident. “If lessons need to be learned, they will be learned,” he said.
The trust has set up a helpline for worried patients. It said its services were running normally and that appointments should be attended as planned.
Related: How ransomware gangs target the NHS
Most viewed""",
    [
        ("no evidence", "Northfield Teaching Hospitals NHS Trust", "The trust", "said"),
        (
            "I want to say sorry to every patient affected. This should not have happened,",
            "Helen Marlowe",
            "Dr Helen Marlowe",
            "said",
        ),
        ("by letter within the next fortnight", "Helen Marlowe", ("She added", "She"), "added"),
        (
            "Organisations holding sensitive health information have a duty to protect it. We will be looking closely at what went wrong.",
            "Information Commissioner’s Office",
            "A spokesman",
            "said",
        ),
        (
            "These groups know hospitals cannot afford downtime, so they expect them to pay,",
            "Marcus Lyle",
            "Marcus Lyle",
            "said",
        ),
        ("within weeks", "Marcus Lyle", ("He warned", "He"), "warned"),
        (
            "Nobody from the hospital has called us. We had to hear it from someone in the street,",
            "woman",
            ("she said", "she"),
            "said",
        ),
        ("a full account", "Tom Aldridge", "Tom Aldridge", "told"),
        (
            "If lessons need to be learned, they will be learned,",
            "Tom Aldridge",
            ("he said", "he"),
            "said",
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("holdout.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
