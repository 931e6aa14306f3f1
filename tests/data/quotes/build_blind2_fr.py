# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind2_fr.jsonl: a second French set written blind, to estimate the held-out score.

Written for depeche (CC0) by a helper who never read the extractor's code, rules, word lists,
quote tests, nor the articles of the earlier team sets: six French news articles (300-600
words) on invented events, in the manner of the French press as scraped from the web
(headlines, bylines and timestamps, "Lire aussi" and newsletter lines; « » with NBSP, NNBSP,
plain spaces or no padding, “ ” and straight quotes; curly and straight apostrophes). Same
format and annotation conventions as build_dev.py: gold speakers are the canonical name in the
document (organisations by their full name, a body given a short name in brackets by that
name, a company's management by the company, unnamed people by the head of their role);
mentions and cues are strings (or ``(context, string)`` pairs) found nearest to the quotation.
Titles of works and names of events or campaigns in marks are listed as non-quotes. Scored
once, as written; do not tune on it. Run ``python tests/data/quotes/build_blind2_fr.py``.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 600)


# Politics, national daily: « » with NBSP, a minister, union leaders, an anonymous adviser,
# an organisation with a short name in brackets, an addressee (lui) who is not the speaker.
article(
    "blind2-fr01",
    "fr",
    f"""Assurance-chômage : Catherine Roussel veut «{NB}aller vite{NB}», colère des syndicats

Par Thomas Lefort
Publié aujourd’hui à 11h02, modifié à 13h47

La ministre du travail, Catherine Roussel, a présenté mercredi 4 juin en conseil des ministres son projet de décret réformant l’assurance-chômage, qui réduirait de six mois la durée maximale d’indemnisation des demandeurs d’emploi de plus de 55 ans. «{NB}Le plein-emploi est à portée de main, mais il ne viendra pas tout seul{NB}», a-t-elle affirmé à la sortie de l’Elysée, assurant vouloir «{NB}aller vite{NB}» pour une entrée en vigueur dès le 1er octobre.
Dans l’entourage de la ministre, on insiste sur le calendrier. «{NB}Chaque mois perdu, ce sont des milliers d’emplois non pourvus{NB}», fait valoir un conseiller, qui a requis l’anonymat.
La réaction des syndicats ne s’est pas fait attendre. Pour la secrétaire générale de la CGT, Sophie Marchal, il s’agit d’un «{NB}passage en force{NB}». Reçue dans l’après-midi au ministère, la syndicaliste a prévenu : «{NB}Si le gouvernement maintient ce texte, nous appellerons à la mobilisation dès la rentrée. Nous ne laisserons pas les chômeurs payer la facture des baisses d’impôts.{NB}»
Même tonalité du côté de la CFDT, dont le numéro un, Laurent Giraud, a jugé la réforme «{NB}injuste et inefficace{NB}». «{NB}On nous explique qu’il faut inciter les gens à retourner au travail, a-t-il déclaré sur franceinfo. Mais à 58 ans, quand une entreprise vous ferme la porte, ce n’est pas une question d’incitation.{NB}»
Lire aussi | Assurance-chômage : ce que contient le projet de décret
Le patronat, lui, se montre plus favorable. Le Mouvement des entreprises de France (Medef) a salué dans un communiqué «{NB}une réforme nécessaire et courageuse{NB}», tout en appelant les branches professionnelles à mieux former les salariés âgés.
À l’Assemblée nationale, l’opposition de gauche a annoncé le dépôt d’une proposition de résolution. «{NB}Ce décret contourne le Parlement. Nous saisirons le Conseil d’Etat{NB}», a averti le député (La France insoumise) de Seine-Saint-Denis Karim Haddou lors des questions au gouvernement. Interpellé par l’élu, le premier ministre, François Bellec, lui a répondu que la réforme était «{NB}juste, équilibrée et attendue par les Français{NB}».
Mme Roussel, elle, se dit prête à «{NB}discuter des modalités{NB}», mais pas du principe. «{NB}Le cap est fixé. Je recevrai chaque organisation la semaine prochaine, une par une{NB}», a précisé la ministre, qui doit présenter un bilan d’étape le 15 juillet devant les partenaires sociaux.
Selon les projections de l’Unédic, la mesure permettrait d’économiser 1,3 milliard d’euros par an à partir de 2027. Les économistes restent partagés sur ses effets réels sur le taux d’emploi des seniors, qui atteint 58 % en France, contre plus de 70 % en Allemagne et dans les pays nordiques.
Newsletter «{NB}La Matinale{NB}» Chaque matin, les informations essentielles pour bien commencer la journée. S’inscrire""",
    [
        ("aller vite", "Catherine Roussel", "Catherine Roussel", None),
        (
            "Le plein-emploi est à portée de main, mais il ne viendra pas tout seul",
            "Catherine Roussel",
            ("a-t-elle affirmé", "elle"),
            "a-t-elle affirmé",
        ),
        ("aller vite", "Catherine Roussel", ("a-t-elle affirmé", "elle"), "assurant"),
        (
            "Chaque mois perdu, ce sont des milliers d’emplois non pourvus",
            "conseiller",
            "un conseiller",
            "fait valoir",
        ),
        ("passage en force", "Sophie Marchal", "Sophie Marchal", "Pour"),
        (
            "Si le gouvernement maintient ce texte, nous appellerons à la mobilisation dès la rentrée. Nous ne laisserons pas les chômeurs payer la facture des baisses d’impôts.",
            "Sophie Marchal",
            "la syndicaliste",
            "a prévenu",
        ),
        ("injuste et inefficace", "Laurent Giraud", "Laurent Giraud", "a jugé"),
        (
            "On nous explique qu’il faut inciter les gens à retourner au travail",
            "Laurent Giraud",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Mais à 58 ans, quand une entreprise vous ferme la porte, ce n’est pas une question d’incitation.",
            "Laurent Giraud",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "une réforme nécessaire et courageuse",
            "Mouvement des entreprises de France",
            "Le Mouvement des entreprises de France",
            "a salué",
        ),
        (
            "Ce décret contourne le Parlement. Nous saisirons le Conseil d’Etat",
            "Karim Haddou",
            "Karim Haddou",
            "a averti",
        ),
        (
            "juste, équilibrée et attendue par les Français",
            "François Bellec",
            "François Bellec",
            "a répondu",
        ),
        ("discuter des modalités", "Catherine Roussel", "Mme Roussel", "se dit"),
        (
            "Le cap est fixé. Je recevrai chaque organisation la semaine prochaine, une par une",
            "Catherine Roussel",
            "la ministre",
            "a précisé",
        ),
    ],
    ["La Matinale"],
)

# Environment, regional daily: « » with plain spaces, an unattributed headline quote, a
# role noun (l'agriculteur, le quadragénaire, l'édile), a multi-paragraph interrupted quote,
# selon la préfecture / selon elle, an event name, an anonymous resident.
article(
    "blind2-fr02",
    "fr",
    """Sécheresse dans la Drôme : « On arrose la nuit, comme des voleurs »

Drôme - Publié le 18/07/2025 à 06h15
Mathilde Perret

Depuis le 9 juillet, un arrêté préfectoral place 142 communes de la Drôme en situation de crise : l’irrigation y est interdite de 8 heures à 20 heures, et le remplissage des piscines privées est proscrit. À Montvendre, au pied du Vercors, Julien Faure cultive 40 hectares de maïs et de noix. « On arrose la nuit, comme des voleurs, lâche l’agriculteur de 46 ans. Et encore, quand il reste de l’eau dans le forage. »
Le quadragénaire a vu ses rendements chuter de moitié l’an dernier. Cette année, il redoute pire. « Si ça continue, je vais devoir arracher une partie des noyers. Mon père les a plantés en 1987. »
Une restriction « indispensable », selon la préfecture. « La ressource en eau potable doit rester la priorité absolue. Les nappes sont à leur plus bas niveau depuis 2003 », a rappelé jeudi la préfète de la Drôme, Anne-Laure Deschamps, lors d’un comité sécheresse réuni à Valence. Elle a promis des contrôles « renforcés » et des sanctions pour les contrevenants, jusqu’à 1 500 euros d’amende.
Lire aussi : Canicule : la vigilance orange prolongée dans la vallée du Rhône
Du côté de la chambre d’agriculture, on plaide pour des dérogations. Son président, Bernard Issartel, a écrit mardi à la préfète pour réclamer un « assouplissement ciblé » en faveur des cultures sous contrat.
« Nous ne demandons pas un passe-droit, explique-t-il. Nous demandons que l’on distingue celui qui irrigue un champ de maïs en plein midi de celui qui sauve un verger avec un goutte-à-goutte.
« Les maraîchers, les arboriculteurs, les semenciers ont des contrats, des salariés, des prêts à rembourser. Les mettre tous dans le même sac, c’est condamner les plus fragiles. »
Un discours qui agace les associations de protection de l’environnement. « On ne peut pas réclamer des dérogations chaque été et refuser toute remise en cause du modèle », estime Claire Bonnet, porte-parole de France Nature Environnement Drôme. Selon elle, la moitié des prélèvements agricoles du département concerne « des cultures qui n’ont rien à faire ici ».
À Montvendre, le maire, Patrick Roux, a fait fermer les fontaines publiques et suspendu l’arrosage du stade. La course « Les Foulées du Vercors », prévue le 26 juillet, est toutefois maintenue. « On a demandé aux coureurs d’apporter leur gourde et on installera des brumisateurs au départ », sourit l’édile.
Une habitante, croisée devant la mairie, résume l’état d’esprit général : « Tout le monde regarde le ciel. Personne ne sait plus à quoi ressemble un orage. »
Météo-France ne prévoit pas de précipitations significatives avant la fin du mois.""",
    [
        ("On arrose la nuit, comme des voleurs", "Julien Faure", None, None),
        ("On arrose la nuit, comme des voleurs", "Julien Faure", "l’agriculteur", "lâche"),
        (
            "Et encore, quand il reste de l’eau dans le forage.",
            "Julien Faure",
            "l’agriculteur",
            "lâche",
        ),
        (
            "Si ça continue, je vais devoir arracher une partie des noyers. Mon père les a plantés en 1987.",
            "Julien Faure",
            None,
            None,
        ),
        ("indispensable", "préfecture", "la préfecture", "selon"),
        (
            "La ressource en eau potable doit rester la priorité absolue. Les nappes sont à leur plus bas niveau depuis 2003",
            "Anne-Laure Deschamps",
            "Anne-Laure Deschamps",
            "a rappelé",
        ),
        ("renforcés", "Anne-Laure Deschamps", "Elle", "a promis"),
        ("assouplissement ciblé", "Bernard Issartel", "Bernard Issartel", "réclamer"),
        (
            "Nous ne demandons pas un passe-droit",
            "Bernard Issartel",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Nous demandons que l’on distingue celui qui irrigue un champ de maïs en plein midi de celui qui sauve un verger avec un goutte-à-goutte.",
            "Bernard Issartel",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "Les maraîchers, les arboriculteurs, les semenciers ont des contrats, des salariés, des prêts à rembourser. Les mettre tous dans le même sac, c’est condamner les plus fragiles.",
            "Bernard Issartel",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        (
            "On ne peut pas réclamer des dérogations chaque été et refuser toute remise en cause du modèle",
            "Claire Bonnet",
            "Claire Bonnet",
            "estime",
        ),
        (
            "des cultures qui n’ont rien à faire ici",
            "Claire Bonnet",
            ("Selon elle", "elle"),
            "Selon",
        ),
        (
            "On a demandé aux coureurs d’apporter leur gourde et on installera des brumisateurs au départ",
            "Patrick Roux",
            "l’édile",
            "sourit",
        ),
        (
            "Tout le monde regarde le ciel. Personne ne sait plus à quoi ressemble un orage.",
            "habitante",
            "Une habitante",
            "résume",
        ),
    ],
    ["Les Foulées du Vercors"],
)

# Sport, sports site with wire copy: straight quotes and apostrophes, a headline partial,
# a preposed cue that is no speech verb (s'est montré prudent), a follow-on quote, a body
# (l'instance), pronouns among three women.
article(
    "blind2-fr03",
    "fr",
    """Ligue des champions féminine : Lyon renverse Wolfsburg, Camille Arnaud "sur un nuage"

Par la rédaction sport avec AFP
Le 23/04/2025 à 23:31

Lyon s'est qualifié mercredi soir pour la finale de la Ligue des champions en battant Wolfsburg (4-1) au Groupama Stadium, devant 28 000 spectateurs. Auteure d'un doublé, l'attaquante Camille Arnaud a savouré: "Je suis sur un nuage. On avait perdu 1-0 à l'aller, personne ne nous voyait passer."
"Le vestiaire a été incroyable à la mi-temps, a poursuivi la Française de 24 ans au micro de Canal+. La capitaine nous a dit de jouer sans calcul, et c'est exactement ce qu'on a fait."
L'entraîneur lyonnais, Romain Delcourt, préférait retenir la maîtrise collective de son équipe, menée au score jusqu'à la 38e minute. "On a été patients. Quand on a l'habitude de ces matchs, on sait qu'ils durent 95 minutes", a-t-il analysé en conférence de presse. Interrogé sur la finale, prévue le 24 mai à Lisbonne, le technicien s'est montré prudent: "Ce sera un autre match, contre une équipe qui n'a perdu qu'une fois cette saison. On savoure ce soir, on travaille demain."
Côté allemand, la déception était immense. "Nous avons fait une première mi-temps parfaite et puis nous avons disparu", a regretté la gardienne Lena Hoffmann, élue meilleure joueuse du match aller. Son entraîneur, Markus Keller, a dénoncé un arbitrage "très sévère" sur le penalty accordé à la 62e minute, qui a relancé les Lyonnaises. "C'est la troisième fois cette saison. A un moment, il faut se poser des questions."
A lire aussi : Coupe de France : Fleury tombe avec les honneurs face à Montpellier
L'UEFA a indiqué jeudi matin qu'elle n'ouvrirait pas d'enquête sur l'action litigieuse. "Les images ont été revues par l'assistance vidéo et la décision est conforme au règlement", a fait savoir l'instance dans un communiqué.
Dans les tribunes, l'ambiance a ravi la présidente du club, Hélène Marchetti, qui avait fait ouvrir les virages à tarif réduit. "Ce public mérite une finale. Ces filles le méritent aussi", a-t-elle réagi, avant d'annoncer que des écrans géants seraient installés place Bellecour dans le cadre de l'opération "Toutes à Lisbonne".
Les Lyonnaises, huit fois sacrées, retrouveront en finale le FC Barcelone, tombeur de Chelsea mardi soir au terme d'une séance de tirs au but. Pour Camille Arnaud, c'est "la finale dont tout le monde rêvait depuis le début de la saison".
Publicité""",
    [
        ("sur un nuage", "Camille Arnaud", "Camille Arnaud", None),
        (
            "Je suis sur un nuage. On avait perdu 1-0 à l'aller, personne ne nous voyait passer.",
            "Camille Arnaud",
            "Camille Arnaud",
            "a savouré",
        ),
        (
            "Le vestiaire a été incroyable à la mi-temps",
            "Camille Arnaud",
            "la Française",
            "a poursuivi",
        ),
        (
            "La capitaine nous a dit de jouer sans calcul, et c'est exactement ce qu'on a fait.",
            "Camille Arnaud",
            "la Française",
            "a poursuivi",
        ),
        (
            "On a été patients. Quand on a l'habitude de ces matchs, on sait qu'ils durent 95 minutes",
            "Romain Delcourt",
            ("a-t-il analysé", "il"),
            "a-t-il analysé",
        ),
        (
            "Ce sera un autre match, contre une équipe qui n'a perdu qu'une fois cette saison. On savoure ce soir, on travaille demain.",
            "Romain Delcourt",
            "le technicien",
            "s'est montré prudent",
        ),
        (
            "Nous avons fait une première mi-temps parfaite et puis nous avons disparu",
            "Lena Hoffmann",
            "Lena Hoffmann",
            "a regretté",
        ),
        ("très sévère", "Markus Keller", "Markus Keller", "a dénoncé"),
        (
            "C'est la troisième fois cette saison. A un moment, il faut se poser des questions.",
            "Markus Keller",
            None,
            None,
        ),
        (
            "Les images ont été revues par l'assistance vidéo et la décision est conforme au règlement",
            "UEFA",
            "l'instance",
            "a fait savoir",
        ),
        (
            "Ce public mérite une finale. Ces filles le méritent aussi",
            "Hélène Marchetti",
            ("a-t-elle réagi", "elle"),
            "a-t-elle réagi",
        ),
        (
            "la finale dont tout le monde rêvait depuis le début de la saison",
            "Camille Arnaud",
            "Camille Arnaud",
            "Pour",
        ),
    ],
    ["Toutes à Lisbonne"],
)

# Justice, wire copy: « » with NNBSP, pluperfect inversion (avait-elle martelé), addressees
# (aux jurés, à quelques journalistes), M. X, a role noun (la pénaliste), an anonymous source,
# a named spokesman, a march name.
article(
    "blind2-fr04",
    "fr",
    f"""Meurtre d’un livreur à Nantes : vingt-deux ans de réclusion pour l’accusé

Nantes (AFP) - Publié le 12 mars 2026 à 20h48

La cour d’assises de Loire-Atlantique a condamné jeudi soir Dylan Moreau, 27 ans, à vingt-deux ans de réclusion criminelle pour le meurtre de Samir Ouali, un livreur à vélo tué de trois coups de couteau en mai 2023 dans le quartier de Bellevue, à Nantes. L’avocate générale, Isabelle Ferrand, avait requis vingt-cinq ans.
«{NNB}Ce soir-là, Samir Ouali n’a rien fait d’autre que son travail. Il a été tué pour un scooter et un téléphone{NNB}», avait-elle martelé lors de ses réquisitions, dénonçant «{NNB}une violence gratuite, froide, assumée{NNB}».
Tout au long des quatre jours d’audience, l’accusé a contesté avoir voulu tuer. «{NNB}Je voulais lui faire peur. Je n’ai jamais pensé qu’il allait mourir{NNB}», a-t-il répété jeudi matin, la voix tremblante, avant que la cour ne se retire pour délibérer.
Son avocat, Me Olivier Lesage, avait plaidé une requalification en violences volontaires ayant entraîné la mort sans intention de la donner. «{NNB}On vous demande de juger un homme, pas un fait divers, a-t-il lancé aux jurés. Mon client n’est pas le monstre qu’on vous a décrit.{NNB}» À l’issue du verdict, M. Lesage a indiqué que son client «{NNB}réfléchissait sérieusement{NNB}» à faire appel.
Sur les bancs des parties civiles, la mère de la victime, Leïla Benhamou, a accueilli la décision en silence. À la sortie de la salle, elle a glissé à quelques journalistes : «{NNB}Vingt-deux ans, ce n’est rien. Mon fils, lui, ne reviendra pas.{NNB}»
Son avocate, Me Caroline Vidal, a salué pour sa part «{NNB}un verdict qui reconnaît la gravité des faits{NNB}». «{NNB}La famille attendait qu’on dise enfin que Samir était une victime, pas un dommage collatéral de la délinquance de quartier{NNB}», a ajouté la pénaliste.
Lire aussi : Livreurs à vélo : une profession de plus en plus exposée aux agressions
Le drame avait suscité une vive émotion parmi les livreurs nantais, qui avaient organisé une marche blanche baptisée «{NNB}Justice pour Samir{NNB}». Selon une source proche de l’enquête, l’accusé était déjà connu des services de police pour des vols avec violence. «{NNB}Il était dans une spirale, tout le monde le savait dans le quartier{NNB}», affirme cette source.
Le collectif des livreurs de Nantes entend désormais maintenir la pression sur les plateformes de livraison. «{NNB}Ce verdict ne règle rien. Demain, un autre d’entre nous sera seul la nuit dans une cité, sans assurance et sans protection{NNB}», a réagi son porte-parole, Mehdi Saïdi.
L’accusé dispose de dix jours pour interjeter appel.""",
    [
        (
            "Ce soir-là, Samir Ouali n’a rien fait d’autre que son travail. Il a été tué pour un scooter et un téléphone",
            "Isabelle Ferrand",
            ("avait-elle martelé", "elle"),
            "avait-elle martelé",
        ),
        (
            "une violence gratuite, froide, assumée",
            "Isabelle Ferrand",
            ("avait-elle martelé", "elle"),
            "dénonçant",
        ),
        (
            "Je voulais lui faire peur. Je n’ai jamais pensé qu’il allait mourir",
            "Dylan Moreau",
            ("a-t-il répété", "il"),
            "a-t-il répété",
        ),
        (
            "On vous demande de juger un homme, pas un fait divers",
            "Olivier Lesage",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        (
            "Mon client n’est pas le monstre qu’on vous a décrit.",
            "Olivier Lesage",
            ("a-t-il lancé", "il"),
            "a-t-il lancé",
        ),
        ("réfléchissait sérieusement", "Olivier Lesage", "M. Lesage", "a indiqué"),
        (
            "Vingt-deux ans, ce n’est rien. Mon fils, lui, ne reviendra pas.",
            "Leïla Benhamou",
            ("elle a glissé", "elle"),
            "a glissé",
        ),
        (
            "un verdict qui reconnaît la gravité des faits",
            "Caroline Vidal",
            "Caroline Vidal",
            "a salué",
        ),
        (
            "La famille attendait qu’on dise enfin que Samir était une victime, pas un dommage collatéral de la délinquance de quartier",
            "Caroline Vidal",
            "la pénaliste",
            "a ajouté",
        ),
        (
            "Il était dans une spirale, tout le monde le savait dans le quartier",
            "source",
            "cette source",
            "affirme",
        ),
        (
            "Ce verdict ne règle rien. Demain, un autre d’entre nous sera seul la nuit dans une cité, sans assurance et sans protection",
            "Mehdi Saïdi",
            "Mehdi Saïdi",
            "a réagi",
        ),
    ],
    ["Justice pour Samir"],
)

# International, TV news site: « » with no padding, straight apostrophes, a diplomat, an
# anonymous negotiator, a minister with preposed colon cue, a delegate called le délégué,
# pour elle, a UN agency with a short name in brackets, a stunt name.
article(
    "blind2-fr05",
    "fr",
    """Traité sur le plastique : à Genève, les négociations au bord de l'échec

franceinfo avec AFP
France Télévisions
Publié le 14/08/2025 07:12 Mis à jour le 14/08/2025 09:30
Temps de lecture : 3 min.

Les délégués de 170 pays réunis depuis dix jours à Genève ne sont toujours pas parvenus à s'entendre, jeudi 14 août, sur un traité international contre la pollution plastique. Le président des négociations, le diplomate équatorien Luis Vallejo, a reconnu mercredi soir que le texte restait «très loin d'un consensus». «Nous avons encore quarante-huit heures. Je n'ai pas l'intention de rentrer chez moi les mains vides», a-t-il assuré devant la presse.
Le principal point de blocage porte sur la réduction de la production de plastique vierge, réclamée par une centaine de pays et refusée par les grands producteurs de pétrole. «Certains Etats veulent un traité sur les déchets, pas sur le plastique. Ce n'est pas du tout la même chose», résume une négociatrice européenne, sous couvert d'anonymat.
La ministre française de la Transition écologique, Agnès Lemoine, a appelé ses homologues à «un sursaut». Dans un entretien accordé à France 2, elle a mis en garde: «Si nous repartons de Genève avec un texte au rabais, nous aurons perdu cinq ans. Les océans, eux, n'attendront pas.» Elle a ajouté que la France était prête à soutenir «un accord entre pays volontaires» si aucun consensus n'était trouvé d'ici vendredi soir.
A lire aussi : Pollution : pourquoi le recyclage du plastique reste marginal en France
Du côté des pays producteurs, le ton est tout autre. Le représentant de l'Arabie saoudite, Fahad Al-Qahtani, a dénoncé «une approche idéologique» qui menacerait selon lui «des millions d'emplois». «On ne résoudra pas le problème en fermant des usines, mais en collectant mieux les déchets», a déclaré le délégué lors d'une séance plénière houleuse.
Les ONG environnementales, massivement présentes à Genève, multiplient les actions. Greenpeace a déployé mercredi devant le Palais des nations une baleine gonflable de vingt mètres, baptisée «Moby Plastic». «Chaque minute, l'équivalent d'un camion-poubelle de plastique est déversé dans la mer», rappelle Julie Moreau, chargée de campagne océans pour l'ONG. Pour elle, un traité sans plafond de production serait «un permis de polluer».
Le Programme des Nations unies pour l'environnement (PNUE) a lui aussi haussé le ton. «Le monde vous regarde. L'histoire retiendra qui a bloqué», a écrit l'agence onusienne sur le réseau social X, à l'adresse des délégués.
Un nouveau texte de compromis doit être présenté vendredi matin en séance plénière. En cas d'échec, les négociations pourraient être renvoyées à une session supplémentaire, l'an prochain, à Nairobi.""",
    [
        ("très loin d'un consensus", "Luis Vallejo", "Luis Vallejo", "a reconnu"),
        (
            "Nous avons encore quarante-huit heures. Je n'ai pas l'intention de rentrer chez moi les mains vides",
            "Luis Vallejo",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Certains Etats veulent un traité sur les déchets, pas sur le plastique. Ce n'est pas du tout la même chose",
            "négociatrice",
            "une négociatrice européenne",
            "résume",
        ),
        ("un sursaut", "Agnès Lemoine", "Agnès Lemoine", "a appelé"),
        (
            "Si nous repartons de Genève avec un texte au rabais, nous aurons perdu cinq ans. Les océans, eux, n'attendront pas.",
            "Agnès Lemoine",
            ("elle a mis en garde", "elle"),
            "a mis en garde",
        ),
        ("un accord entre pays volontaires", "Agnès Lemoine", "Elle", "a ajouté"),
        ("une approche idéologique", "Fahad Al-Qahtani", "Fahad Al-Qahtani", "a dénoncé"),
        ("des millions d'emplois", "Fahad Al-Qahtani", ("selon lui", "lui"), "selon"),
        (
            "On ne résoudra pas le problème en fermant des usines, mais en collectant mieux les déchets",
            "Fahad Al-Qahtani",
            "le délégué",
            "a déclaré",
        ),
        (
            "Chaque minute, l'équivalent d'un camion-poubelle de plastique est déversé dans la mer",
            "Julie Moreau",
            "Julie Moreau",
            "rappelle",
        ),
        ("un permis de polluer", "Julie Moreau", ("Pour elle", "elle"), "Pour"),
        (
            "Le monde vous regarde. L'histoire retiendra qui a bloqué",
            "Programme des Nations unies pour l'environnement",
            "l'agence onusienne",
            "a écrit",
        ),
    ],
    ["Moby Plastic"],
)

# Economy, regional news site: “ ” marks with straight apostrophes, a family-named company
# and its chairman, the management (la direction) as the company, an anonymous worker with a
# follow-on quote, poursuit le maire, M. X, a minister's follow-on quote, a plan's name.
article(
    "blind2-fr06",
    "fr",
    """Oyonnax : le fabricant de jouets Berthier ferme son usine, 230 salariés sur le carreau

Par Nicolas Girard, avec Léa Costa
Le 05/02/2026 à 17h20, mis à jour à 18h02

C'est un coup dur pour le bassin d'Oyonnax (Ain). Le groupe Berthier, fabricant historique de jouets en plastique, a annoncé jeudi la fermeture d'ici à la fin de l'année de son site de production, où travaillent 230 personnes. La production sera transférée en Roumanie dans le cadre du plan stratégique “Horizon 2028”.
“La concurrence asiatique et la hausse du coût de l'énergie ne nous laissent pas d'autre choix”, a justifié le président du directoire, Arnaud Berthier, arrière-petit-fils du fondateur, lors d'un comité social et économique extraordinaire. Selon la direction, le site aurait perdu “plus de 11 millions d'euros” sur les trois derniers exercices.
Dans l'atelier, l'annonce a fait l'effet d'une bombe. “On l'a appris par un mail à 9 heures. Certains d'entre nous sont là depuis trente ans”, raconte une opératrice de 52 ans, qui ne souhaite pas donner son nom. “Mon mari travaille chez un sous-traitant. Si l'usine ferme, on perd les deux salaires.”
La déléguée CGT du site, Sandrine Pelletier, dénonce “un mensonge industriel”. “Il y a deux ans, la direction nous a demandé des efforts sur les salaires pour sauver l'usine. On les a faits. Aujourd'hui, on nous remercie en délocalisant”, s'indigne la syndicaliste, qui annonce une grève reconductible à partir de lundi.
Recevez chaque matin l'essentiel de l'actualité économique de votre région. S'inscrire à la newsletter
Le maire (LR) d'Oyonnax, Gérard Vuillermoz, a dit sa “colère” et sa “tristesse”. “Cette entreprise a grandi avec la ville, poursuit le maire. Elle a reçu des aides publiques pendant des décennies, et on nous annonce sa fermeture par communiqué. Ce n'est pas acceptable.” M. Vuillermoz a demandé à être reçu “dans les plus brefs délais” par le ministre de l'Industrie.
Interrogé jeudi soir au Sénat, le ministre délégué chargé de l'Industrie, Stéphane Laurenti, a assuré que l'Etat serait “extrêmement vigilant” sur le plan social. “Je demande au groupe Berthier d'étudier sérieusement toutes les offres de reprise. Nous ne laisserons pas un savoir-faire pareil disparaître sans nous battre.”
Deux repreneurs potentiels, dont un industriel jurassien, se seraient déjà manifestés, selon une source syndicale. La direction, elle, se dit “ouverte à toute proposition sérieuse”, sans donner plus de détails.
Fondé en 1921, le groupe emploie encore 1 400 personnes dans le monde, dont 600 en France.""",
    [
        (
            "La concurrence asiatique et la hausse du coût de l'énergie ne nous laissent pas d'autre choix",
            "Arnaud Berthier",
            "Arnaud Berthier",
            "a justifié",
        ),
        ("plus de 11 millions d'euros", "groupe Berthier", "la direction", "Selon"),
        (
            "On l'a appris par un mail à 9 heures. Certains d'entre nous sont là depuis trente ans",
            "opératrice",
            "une opératrice",
            "raconte",
        ),
        (
            "Mon mari travaille chez un sous-traitant. Si l'usine ferme, on perd les deux salaires.",
            "opératrice",
            None,
            None,
        ),
        ("un mensonge industriel", "Sandrine Pelletier", "Sandrine Pelletier", "dénonce"),
        (
            "Il y a deux ans, la direction nous a demandé des efforts sur les salaires pour sauver l'usine. On les a faits. Aujourd'hui, on nous remercie en délocalisant",
            "Sandrine Pelletier",
            "la syndicaliste",
            "s'indigne",
        ),
        ("colère", "Gérard Vuillermoz", "Gérard Vuillermoz", "a dit"),
        ("tristesse", "Gérard Vuillermoz", "Gérard Vuillermoz", "a dit"),
        ("Cette entreprise a grandi avec la ville", "Gérard Vuillermoz", "le maire", "poursuit"),
        (
            "Elle a reçu des aides publiques pendant des décennies, et on nous annonce sa fermeture par communiqué. Ce n'est pas acceptable.",
            "Gérard Vuillermoz",
            "le maire",
            "poursuit",
        ),
        ("dans les plus brefs délais", "Gérard Vuillermoz", "M. Vuillermoz", "a demandé"),
        ("extrêmement vigilant", "Stéphane Laurenti", "Stéphane Laurenti", "a assuré"),
        (
            "Je demande au groupe Berthier d'étudier sérieusement toutes les offres de reprise. Nous ne laisserons pas un savoir-faire pareil disparaître sans nous battre.",
            "Stéphane Laurenti",
            None,
            None,
        ),
        ("ouverte à toute proposition sérieuse", "groupe Berthier", "La direction", "se dit"),
    ],
    ["Horizon 2028"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind2_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
