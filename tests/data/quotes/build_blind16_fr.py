# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind16_fr.jsonl: a sixteenth blind French quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: the last pharmacy of a Breton island
closing (Le Télégramme), a consulate closing in an invented archipelago state (Le Monde, with a
ministry note and an anonymous diplomat), a cheese AOP voting to ban milking robots (Les Échos),
a pétanque national-team selection row (L'Équipe), a village swimming pool shut for lack of
lifeguards (France Bleu), cataphiles rescued from the Paris quarries (Le Parisien, with a
multi-paragraph quote), a mobile-money tax in an invented West African country (Jeune Afrique,
with “ ” marks) and a Libération portrait of a retired sign-language interpreter (her book title
is not speech). Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind16_fr.py`` from tests/data/quotes/ after editing.
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
    "blind16-fr01",
    "fr",
    f"""Île de Trévenec : la dernière pharmacie baisse le rideau

Publié le 18 novembre 2026 à 07h12, modifié à 09h40
Par Gwenaëlle Le Bihan

Il n’y aura plus de croix verte allumée sur le quai de Port-Lann à partir du 31 décembre. Yannick Morvan, 66 ans, seul pharmacien de l’île de Trévenec (Finistère) depuis 1991, a confirmé lundi qu’il partait à la retraite sans repreneur. «{NB}J’ai cherché pendant quatre ans. J’ai passé des annonces jusqu’à Lyon et Strasbourg, personne n’a voulu venir{NB}», explique-t-il, derrière le comptoir en bois hérité de son oncle.

Le pharmacien, qui dessert quelque 740 habitants à l’année et près de 4 000 l’été, dit avoir «{NB}tout essayé{NB}», y compris la vente symbolique de son fonds pour un euro.

Partager : Facebook · X · WhatsApp · Copier le lien

Pour la maire, Soizic Kervella (divers gauche), la fermeture est « une catastrophe sanitaire annoncée ». «{NNB}Nous avons des personnes âgées qui prennent six, sept médicaments par jour. Le bateau ne passe que trois fois par jour en hiver, et pas du tout quand il y a de la houle{NNB}», a-t-elle rappelé lors du conseil municipal de vendredi.

L’élue a écrit à l’Agence régionale de santé (ARS) pour réclamer l’ouverture d’une antenne pharmaceutique rattachée à une officine du continent. Contactée, l’ARS indique «{NB}étudier toutes les solutions avec l’Ordre des pharmaciens{NB}», sans s’engager sur un calendrier.

«{NB}Une antenne, c’est au mieux deux demi-journées par semaine{NB}», tempère Yannick Morvan. «{NB}Et il faut quand même un pharmacien pour la tenir.{NB}»

Lire aussi : Ouessant, Sein, Molène : les îles bretonnes face au désert médical

Sur le quai, l’inquiétude est palpable. Martine Guéguen, 81 ans, fait partie des habituées. «{NB}Je viens chercher mon traitement pour le cœur tous les mois. Après janvier, je ne sais pas. Ma fille dit que je devrais aller vivre chez elle à Brest, mais ici c’est chez moi{NB}», confie l’octogénaire, la voix nouée.

Le député de la circonscription, Ronan Le Dréau (Horizons), a promis de porter le dossier jusqu’au ministère. «{NB}Les îles ne peuvent pas être les oubliées de la République. Je demanderai que le cas de Trévenec soit examiné dans le cadre de la proposition de loi sur les déserts pharmaceutiques{NB}», a-t-il déclaré au Télégramme.

Inscrivez-vous à notre newsletter Finistère Sud et recevez l’essentiel de l’actualité chaque matin.

Une solution de secours circule : la livraison par drone depuis Audierne, testée l’an dernier sous le nom de «{NB}Drone Santé Iroise{NB}». Le pharmacien n’y croit guère. «{NB}Un drone ne pose pas de questions au patient, il ne voit pas qu’il a mauvaise mine{NB}», sourit-il.

En attendant, la mairie a commandé des piluliers et organise un covoiturage vers le continent pour les plus fragiles. Soizic Kervella, elle, prévient : «{NB}Tant qu’il n’y aura pas de solution écrite noir sur blanc, je ne lâcherai rien.{NB}»

Photo : Le quai de Port-Lann, où se trouve la pharmacie. © Gwenaëlle Le Bihan / Le Télégramme""",
    [
        (
            "J’ai cherché pendant quatre ans. J’ai passé des annonces jusqu’à Lyon et Strasbourg, personne n’a voulu venir",
            "Yannick Morvan",
            ("explique-t-il", "il"),
            "explique-t-il",
        ),
        ("tout essayé", "Yannick Morvan", "Le pharmacien", ("dit avoir", "dit")),
        (
            "une catastrophe sanitaire annoncée",
            "Soizic Kervella",
            "Soizic Kervella",
            ("Pour la maire", "Pour"),
        ),
        (
            "Nous avons des personnes âgées qui prennent six, sept médicaments par jour. Le bateau ne passe que trois fois par jour en hiver, et pas du tout quand il y a de la houle",
            "Soizic Kervella",
            ("a-t-elle", "elle"),
            "a-t-elle rappelé",
        ),
        (
            "étudier toutes les solutions avec l’Ordre des pharmaciens",
            "Agence régionale de santé",
            ("l’ARS indique", "ARS"),
            "indique",
        ),
        (
            "Une antenne, c’est au mieux deux demi-journées par semaine",
            "Yannick Morvan",
            "Yannick Morvan",
            "tempère",
        ),
        ("Et il faut quand même un pharmacien pour la tenir.", "Yannick Morvan", None, None),
        (
            "Je viens chercher mon traitement pour le cœur tous les mois. Après janvier, je ne sais pas. Ma fille dit que je devrais aller vivre chez elle à Brest, mais ici c’est chez moi",
            "Martine Guéguen",
            "l’octogénaire",
            "confie",
        ),
        (
            "Les îles ne peuvent pas être les oubliées de la République. Je demanderai que le cas de Trévenec soit examiné dans le cadre de la proposition de loi sur les déserts pharmaceutiques",
            "Ronan Le Dréau",
            ("a-t-il déclaré", "il"),
            "a-t-il déclaré",
        ),
        (
            "Un drone ne pose pas de questions au patient, il ne voit pas qu’il a mauvaise mine",
            "Yannick Morvan",
            ("sourit-il", "il"),
            "sourit-il",
        ),
        (
            "Tant qu’il n’y aura pas de solution écrite noir sur blanc, je ne lâcherai rien.",
            "Soizic Kervella",
            ("Soizic Kervella, elle", "Soizic Kervella"),
            "prévient",
        ),
    ],
    ["Drone Santé Iroise"],
)

article(
    "blind16-fr02",
    "fr",
    f"""Le Quai d’Orsay ferme son consulat à Port-Amaury, les Français de Maravelle inquiets

Par Claire Vasseur (Port-Amaury, envoyée spéciale)
Publié aujourd’hui à 06h00, modifié à 08h14
Temps de Lecture 4 min.
Article réservé aux abonnés

La décision tient en deux pages. Dans une note interne datée du 9 novembre, que Le Monde a pu consulter, le ministère de l’Europe et des affaires étrangères annonce la fermeture, «{NNB}au plus tard le 30 juin 2027{NNB}», du consulat général de France à Port-Amaury, capitale de la république de Maravelle. La note évoque «{NNB}une rationalisation nécessaire du réseau consulaire{NNB}» et renvoie les quelque 3 200 Français inscrits vers l’ambassade, située à 900 kilomètres, sur l’île principale.

Contacté, le ministère confirme «{NNB}une évolution du dispositif{NNB}», sans employer le mot fermeture. «{NNB}La protection consulaire de nos compatriotes restera pleinement assurée, notamment grâce aux outils numériques{NNB}», assure un porte-parole.

Partager · Offrir cet article · Ajouter à vos sélections

L’ambassadrice de France à Maravelle, Hélène Castagnède, a tenté de rassurer lors d’une réunion avec la communauté française, jeudi 12 novembre. «{NNB}Personne ne sera laissé sans papiers. Nous organiserons des tournées consulaires quatre fois par an dans tout l’archipel{NNB}», a-t-elle promis devant une centaine de personnes réunies dans le préau du lycée français Jean-Ricard.

«{NNB}Quatre fois par an ? On renouvelle un passeport tous les dix ans, mais on accouche, on se marie et on meurt toute l’année{NNB}», lui a rétorqué Bernard Olivieri, conseiller des Français de l’étranger pour la circonscription, sous les applaudissements de la salle.

L’élu, installé à Port-Amaury depuis 1998, dénonce une décision «{NNB}prise à Paris sur un tableur{NNB}». Selon lui, le consulat a traité l’an dernier plus de 1 100 actes d’état civil et 340 demandes de visa.

Lire aussi | Réseau diplomatique : les petits postes dans le viseur de Bercy

Un diplomate en poste dans la région, qui a requis l’anonymat, décrit un choix avant tout budgétaire. «{NNB}On ferme là où ça ne fait pas de bruit. Maravelle n’est pas un grand partenaire : il n’y aura pas de question au gouvernement pour trois mille expatriés.{NNB}»

Côté maravellien, le ministre des affaires étrangères, Tomás Ferreira-Lund, a «{NNB}pris acte{NNB}» de la décision, selon un communiqué publié vendredi. Dans un entretien à la radio nationale, il s’est dit «{NNB}surpris par la méthode{NNB}» : «{NNB}Nous l’avons appris par la presse. Entre partenaires, ce n’est pas l’usage.{NNB}»

Le consulat de Port-Amaury, ouvert en 1962, avait déjà vu ses effectifs passer de onze à quatre agents en dix ans. Son bâtiment, une villa coloniale que les habitants surnomment «{NNB}la Maison bleue{NNB}», devrait être mis en vente. «{NNB}C’est un morceau de notre histoire commune qu’on brade{NNB}», aurait regretté Mme Castagnède en fin de réunion, selon deux participants.

Le consulat général de France à Port-Amaury, en octobre 2026. JOÃO MENDES POUR « LE MONDE »""",
    [
        (
            "au plus tard le 30 juin 2027",
            "ministère de l’Europe et des affaires étrangères",
            "ministère de l’Europe et des affaires étrangères",
            "annonce",
        ),
        (
            "une rationalisation nécessaire du réseau consulaire",
            "ministère de l’Europe et des affaires étrangères",
            "La note",
            "évoque",
        ),
        (
            "une évolution du dispositif",
            "ministère de l’Europe et des affaires étrangères",
            ("le ministère confirme", "ministère"),
            "confirme",
        ),
        (
            "La protection consulaire de nos compatriotes restera pleinement assurée, notamment grâce aux outils numériques",
            "porte-parole",
            "un porte-parole",
            "assure",
        ),
        (
            "Personne ne sera laissé sans papiers. Nous organiserons des tournées consulaires quatre fois par an dans tout l’archipel",
            "Hélène Castagnède",
            ("a-t-elle", "elle"),
            "a-t-elle promis",
        ),
        (
            "Quatre fois par an ? On renouvelle un passeport tous les dix ans, mais on accouche, on se marie et on meurt toute l’année",
            "Bernard Olivieri",
            "Bernard Olivieri",
            "a rétorqué",
        ),
        ("prise à Paris sur un tableur", "Bernard Olivieri", "L’élu", "dénonce"),
        (
            "On ferme là où ça ne fait pas de bruit. Maravelle n’est pas un grand partenaire : il n’y aura pas de question au gouvernement pour trois mille expatriés.",
            "diplomate",
            "Un diplomate",
            None,
        ),
        ("pris acte", "Tomás Ferreira-Lund", "Tomás Ferreira-Lund", "selon"),
        ("surpris par la méthode", "Tomás Ferreira-Lund", ("il s’est dit", "il"), "s’est dit"),
        (
            "Nous l’avons appris par la presse. Entre partenaires, ce n’est pas l’usage.",
            "Tomás Ferreira-Lund",
            ("il s’est dit", "il"),
            "s’est dit",
        ),
        (
            "C’est un morceau de notre histoire commune qu’on brade",
            "Hélène Castagnède",
            "Mme Castagnède",
            "aurait regretté",
        ),
    ],
    ["la Maison bleue", "LE MONDE"],
)

article(
    "blind16-fr03",
    "fr",
    """Fromage : les producteurs du bleu de Montaubert votent l’interdiction des robots de traite

Par Mathieu Roussel
Publié le 20 nov. 2026 à 17:45 | Mis à jour le 21 nov. 2026 à 8:02

C’est un vote qui divise une filière de 412 exploitations et neuf fromageries. Réunis en assemblée générale mercredi à Saint-Aubert-le-Haut (Cantal), les adhérents du Syndicat interprofessionnel du bleu de Montaubert (SIBM) ont adopté, à 58 % des voix, une modification du cahier des charges de l’appellation d’origine protégée qui interdira les robots de traite à partir de 2032.

« Le bleu de Montaubert, c’est un fromage de berger, pas un produit d’usine. Si on ne protège pas ça, on n’a plus rien à vendre », a justifié le président du syndicat, Éric Fabrègues, éleveur à Lavergne, à l’issue du scrutin.

Les opposants, majoritairement des jeunes installés, dénoncent une mesure « passéiste » et « suicidaire pour le renouvellement des générations ». « J’ai 31 ans, deux enfants et 70 vaches. Le robot, c’est ce qui me permet de dormir la nuit. Qu’on m’explique comment je trouve un salarié pour traire à 5 heures du matin dans le Cantal », s’emporte Julie Maurs, qui a investi 180 000 euros dans un robot en 2023.

Partager cet article sur : LinkedIn | X | Facebook

La mesure prévoit une période de transition de six ans et une aide à la reconversion des installations. Selon le syndicat, 37 exploitations sont équipées d’un robot aujourd’hui. « Une dizaine d’autres ont un projet dans les cartons », précise Sophie Delmas, directrice de la coopérative laitière des Monts d’Aubert, premier collecteur de l’appellation.

La directrice redoute un effet domino. « Si on perd trente producteurs, on perd 12 % du lait. Nos fromageries ne tournent pas à moitié », calcule-t-elle. Ce n’est pas tout : « Les enseignes de la grande distribution nous demandent déjà des volumes qu’on ne sait pas garantir. »

Le texte doit encore être validé par l’Institut national de l’origine et de la qualité (INAO), puis homologué par arrêté. « Le comité national examinera le dossier au premier semestre 2027, comme toute modification de cahier des charges », indique l’institut dans une déclaration transmise aux « Echos ».

Lire aussi :
DÉCRYPTAGE - Comté, beaufort, salers : les AOP fromagères à l’épreuve de la robotisation

Pour l’économiste Lucien Pradal, chercheur à l’Inrae de Clermont-Ferrand, le pari n’est pas absurde. « Les AOP qui ont resserré leurs règles ont en général mieux valorisé leur lait. Le comté en est l’exemple type. Mais le Cantal n’a pas la même démographie agricole, et c’est toute la question. »

Le syndicat compte accompagner la réforme d’une campagne de communication, « Le goût du pré, pas du robot », dont le lancement est prévu au Salon de l’agriculture. Un slogan qui fait grincer des dents. « C’est nous traiter de tricheurs », lâche un éleveur du nord du département, qui préfère rester anonyme.

Éric Fabrègues, lui, assume. « On ne traite personne de tricheur, a-t-il répondu jeudi. On dit ce qu’est notre fromage, et on l’écrit dans le cahier des charges. »

Les prix du lait AOP restent pour l’instant stables, autour de 610 euros les 1 000 litres.""",
    [
        (
            "Le bleu de Montaubert, c’est un fromage de berger, pas un produit d’usine. Si on ne protège pas ça, on n’a plus rien à vendre",
            "Éric Fabrègues",
            "Éric Fabrègues",
            "a justifié",
        ),
        ("passéiste", "opposants", "Les opposants", "dénoncent"),
        (
            "suicidaire pour le renouvellement des générations",
            "opposants",
            "Les opposants",
            "dénoncent",
        ),
        (
            "J’ai 31 ans, deux enfants et 70 vaches. Le robot, c’est ce qui me permet de dormir la nuit. Qu’on m’explique comment je trouve un salarié pour traire à 5 heures du matin dans le Cantal",
            "Julie Maurs",
            "Julie Maurs",
            "s’emporte",
        ),
        (
            "Une dizaine d’autres ont un projet dans les cartons",
            "Sophie Delmas",
            "Sophie Delmas",
            "précise",
        ),
        (
            "Si on perd trente producteurs, on perd 12 % du lait. Nos fromageries ne tournent pas à moitié",
            "Sophie Delmas",
            ("calcule-t-elle", "elle"),
            "calcule-t-elle",
        ),
        (
            "Les enseignes de la grande distribution nous demandent déjà des volumes qu’on ne sait pas garantir.",
            "Sophie Delmas",
            None,
            None,
        ),
        (
            "Le comité national examinera le dossier au premier semestre 2027, comme toute modification de cahier des charges",
            "Institut national de l’origine et de la qualité",
            "l’institut",
            "indique",
        ),
        (
            "Les AOP qui ont resserré leurs règles ont en général mieux valorisé leur lait. Le comté en est l’exemple type. Mais le Cantal n’a pas la même démographie agricole, et c’est toute la question.",
            "Lucien Pradal",
            "Lucien Pradal",
            None,
        ),
        ("C’est nous traiter de tricheurs", "éleveur", "un éleveur", "lâche"),
        (
            "On ne traite personne de tricheur",
            "Éric Fabrègues",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
        (
            "On dit ce qu’est notre fromage, et on l’écrit dans le cahier des charges.",
            "Éric Fabrègues",
            ("a-t-il répondu", "il"),
            "a-t-il répondu",
        ),
    ],
    ["Echos", "Le goût du pré, pas du robot"],
)

article(
    "blind16-fr04",
    "fr",
    """Pétanque : écarté des Mondiaux, Kévin Salvetat «ne comprend pas»

Romain Bastide
Mis à jour le 22 novembre 2026 à 19:31

La liste est tombée samedi midi et elle a fait l’effet d’un carreau raté. Triple champion de France en titre, Kévin Salvetat ne fera pas partie de la triplette tricolore aux Championnats du monde de Puerto Ayala, en mars. Le sélectionneur national, Patrick Orsoni, lui a préféré le jeune tireur Dylan Mercadier.

«J’ai choisi une équipe qui vit ensemble depuis deux saisons. Kévin est un immense tireur, mais une équipe de France, ce n’est pas une addition de talents», a expliqué le sélectionneur lors d’une visioconférence avec la presse.

Joint par L’Équipe, Salvetat, 29 ans, n’a pas caché sa colère. «Personne ne m’a appelé. J’ai appris ça sur Facebook, comme tout le monde. Après tout ce que j’ai donné à ce maillot, c’est dur», a confié le Varois, qui dit avoir «les boules, et pas celles qu’on lance». Il avait pourtant remporté en juillet le «Trophée des Calanques», le tournoi le plus relevé de l’été.

Partager : 𝕏 Facebook WhatsApp

La Fédération française de pétanque et jeu provençal (FFPJP) soutient son sélectionneur. «Les critères de sélection ont été publiés en janvier et ils ont été respectés à la lettre», a fait savoir l’instance dans un communiqué, samedi soir.

Ces critères sont justement au cœur du conflit. Le clan Salvetat brandit le règlement intérieur, selon lequel un champion de France en titre doit être examiné en priorité. «Examiné en priorité, oui. Retenu, non. On joue sur les mots», ironise son entraîneur à la Boule fréjusienne, Marcel Tardieu. «Kévin n’a pas le profil qui plaît à Paris : il parle fort, il gagne, il ne fait pas de courbettes.»

À LIRE AUSSI
Mondiaux 2027 : le programme complet de l’équipe de France

Parmi les sélectionnés, Dylan Mercadier, 24 ans, a tenu à saluer son aîné. «Kévin, c’est mon idole depuis que je suis minot. Je ne vais pas m’excuser d’être pris, mais je pense à lui», a-t-il écrit sur Instagram, sous une photo des deux hommes prise en 2019.

Interrogé sur l’absence d’appel, Patrick Orsoni a reconnu «une maladresse». «J’aurais dû l’appeler avant. Je l’appellerai ce soir, a-t-il assuré. Mais la décision ne changera pas, elle est mûrement réfléchie.»

Selon nos informations, plusieurs clubs du Var envisagent d’écrire au président de la fédération pour demander des explications. Le Varois, lui, pense déjà à la suite. «S’ils ne veulent pas de moi, je jouerai les Masters et je les gagnerai. Ça parlera pour moi.»

Kévin Salvetat, ici lors du championnat de France à Nevers en août. (J. Aubert/L’Équipe)""",
    [
        ("ne comprend pas", "Kévin Salvetat", "Kévin Salvetat", None),
        (
            "J’ai choisi une équipe qui vit ensemble depuis deux saisons. Kévin est un immense tireur, mais une équipe de France, ce n’est pas une addition de talents",
            "Patrick Orsoni",
            "le sélectionneur",
            "a expliqué",
        ),
        (
            "Personne ne m’a appelé. J’ai appris ça sur Facebook, comme tout le monde. Après tout ce que j’ai donné à ce maillot, c’est dur",
            "Kévin Salvetat",
            "le Varois",
            "a confié",
        ),
        (
            "les boules, et pas celles qu’on lance",
            "Kévin Salvetat",
            ("qui dit avoir", "qui"),
            ("qui dit avoir", "dit"),
        ),
        (
            "Les critères de sélection ont été publiés en janvier et ils ont été respectés à la lettre",
            "Fédération française de pétanque et jeu provençal",
            "l’instance",
            "a fait savoir",
        ),
        (
            "Examiné en priorité, oui. Retenu, non. On joue sur les mots",
            "Marcel Tardieu",
            "Marcel Tardieu",
            "ironise",
        ),
        (
            "Kévin n’a pas le profil qui plaît à Paris : il parle fort, il gagne, il ne fait pas de courbettes.",
            "Marcel Tardieu",
            None,
            None,
        ),
        (
            "Kévin, c’est mon idole depuis que je suis minot. Je ne vais pas m’excuser d’être pris, mais je pense à lui",
            "Dylan Mercadier",
            ("a-t-il écrit", "il"),
            "a-t-il écrit",
        ),
        ("une maladresse", "Patrick Orsoni", "Patrick Orsoni", "a reconnu"),
        (
            "J’aurais dû l’appeler avant. Je l’appellerai ce soir",
            "Patrick Orsoni",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "Mais la décision ne changera pas, elle est mûrement réfléchie.",
            "Patrick Orsoni",
            ("a-t-il assuré", "il"),
            "a-t-il assuré",
        ),
        (
            "S’ils ne veulent pas de moi, je jouerai les Masters et je les gagnerai. Ça parlera pour moi.",
            "Kévin Salvetat",
            "Le Varois",
            None,
        ),
    ],
    ["Trophée des Calanques"],
)

article(
    "blind16-fr05",
    "fr",
    f"""Faute de maîtres-nageurs, la piscine de Montrevel-sur-Vire ferme tout l’hiver

Par Aurélie Content, France Bleu Normandie (Calvados - Orne)
Publié le samedi 21 novembre 2026 à 11:05
Écouter cet article · 3 min

Les bassins sont vides depuis lundi. La piscine intercommunale «{NB}Aqua’Vire{NB}», à Montrevel-sur-Vire (Calvados), restera fermée jusqu’au mois d’avril au moins : sur les cinq postes de maîtres-nageurs sauveteurs (MNS), trois sont vacants.

«{NB}On a tout tenté. On a augmenté les salaires de 15 %, on a proposé un logement, on a même payé le permis bateau à un candidat. Il est parti au bout de trois semaines à La Baule{NB}», soupire Gilles Hamelin, président de la communauté de communes de la Vire-Bocage.

Cette fermeture prive près de 1 400 écoliers de leurs séances de natation obligatoires. «{NB}C’est une catastrophe. Chez nous, 40 % des élèves de sixième ne savent pas nager{NB}», alerte Nathalie Brisset, principale du collège des Bocages. La principale rappelle que l’«{NB}attestation du savoir-nager{NB}» est exigée pour de nombreuses activités scolaires, de la voile au kayak.

Le club local, les Dauphins du Bocage, doit lui aussi déménager ses entraînements à Vire, à 25 kilomètres. «{NB}On a 180 licenciés, dont 120 enfants. Les parents ne vont pas faire cinquante bornes aller-retour trois fois par semaine{NB}», estime sa présidente, Caroline Le Goff. Elle craint de «{NB}perdre la moitié des nageurs d’ici Noël{NB}».

À lire aussi : Normandie : les piscines face à la flambée des prix de l’énergie

Selon la Fédération des maîtres-nageurs sauveteurs, il manquerait quelque 5 000 MNS en France. «{NB}Le métier n’attire plus. On est payés 1 800 euros net pour une responsabilité énorme, avec des horaires décalés{NB}», témoigne Romain Lécuyer, l’un des deux maîtres-nageurs restants, qui a accepté de nous parler à condition de ne pas être photographié.

Le trentenaire ajoute : «{NB}Et l’hiver, c’est plein de bébés nageurs et de seniors en aquagym. Il faut être deux sur le bord en permanence, c’est la loi.{NB}»

L’opposition intercommunale, elle, pointe un manque d’anticipation. Pour Hervé Lesage, conseiller communautaire d’opposition, «{NB}on savait depuis deux ans que ces départs arrivaient{NB}». «{NB}La communauté de communes a préféré financer un giratoire à deux millions d’euros{NB}», accuse-t-il.

Une accusation que rejette Gilles Hamelin : «{NB}Ce ne sont pas les mêmes budgets, et il le sait très bien.{NB}» La collectivité a lancé un nouvel appel à candidatures et espère rouvrir «{NB}dès les vacances de printemps{NB}», selon un communiqué publié vendredi.

Recevez chaque matin l’essentiel de l’info de votre région avec la newsletter France Bleu Normandie.

La piscine Aqua’Vire, à Montrevel-sur-Vire, vidée de son eau. © Radio France - Aurélie Content""",
    [
        (
            "On a tout tenté. On a augmenté les salaires de 15 %, on a proposé un logement, on a même payé le permis bateau à un candidat. Il est parti au bout de trois semaines à La Baule",
            "Gilles Hamelin",
            "Gilles Hamelin",
            "soupire",
        ),
        (
            "C’est une catastrophe. Chez nous, 40 % des élèves de sixième ne savent pas nager",
            "Nathalie Brisset",
            "Nathalie Brisset",
            "alerte",
        ),
        (
            "On a 180 licenciés, dont 120 enfants. Les parents ne vont pas faire cinquante bornes aller-retour trois fois par semaine",
            "Caroline Le Goff",
            "Caroline Le Goff",
            "estime",
        ),
        (
            "perdre la moitié des nageurs d’ici Noël",
            "Caroline Le Goff",
            ("Elle craint", "Elle"),
            "craint",
        ),
        (
            "Le métier n’attire plus. On est payés 1 800 euros net pour une responsabilité énorme, avec des horaires décalés",
            "Romain Lécuyer",
            "Romain Lécuyer",
            "témoigne",
        ),
        (
            "Et l’hiver, c’est plein de bébés nageurs et de seniors en aquagym. Il faut être deux sur le bord en permanence, c’est la loi.",
            "Romain Lécuyer",
            "Le trentenaire",
            "ajoute",
        ),
        (
            "on savait depuis deux ans que ces départs arrivaient",
            "Hervé Lesage",
            "Hervé Lesage",
            ("Pour Hervé", "Pour"),
        ),
        (
            "La communauté de communes a préféré financer un giratoire à deux millions d’euros",
            "Hervé Lesage",
            ("accuse-t-il", "il"),
            "accuse-t-il",
        ),
        (
            "Ce ne sont pas les mêmes budgets, et il le sait très bien.",
            "Gilles Hamelin",
            "Gilles Hamelin",
            "rejette",
        ),
        (
            "dès les vacances de printemps",
            "communauté de communes de la Vire-Bocage",
            "La collectivité",
            "selon",
        ),
    ],
    ["Aqua’Vire", "attestation du savoir-nager"],
)

article(
    "blind16-fr06",
    "fr",
    f"""Paris : trois cataphiles secourus après une nuit bloqués dans les carrières du XIVe arrondissement

Par Thomas Ferrand
Le 22 novembre 2026 à 14h27, modifié le 22 novembre 2026 à 16h03

Ils étaient descendus «{NNB}pour une soirée d’anniversaire{NNB}», selon une source policière, et ont passé la nuit dans le noir, de l’eau jusqu’aux genoux. Trois jeunes gens âgés de 22 à 26 ans ont été secourus samedi matin par la brigade de sapeurs-pompiers de Paris (BSPP) dans une galerie des anciennes carrières, à une vingtaine de mètres sous la rue des Tanneurs-Vieux, dans le XIVe arrondissement.

«{NNB}La galerie s’était partiellement effondrée derrière eux après les fortes pluies de la semaine. Ils ne pouvaient plus ressortir par où ils étaient entrés{NNB}», a détaillé au Parisien le lieutenant-colonel Arnaud Cerisier, porte-parole de la BSPP.

C’est un ami resté en surface qui a donné l’alerte, vers 2 heures du matin, ne les voyant pas réapparaître. L’opération a mobilisé une quarantaine de pompiers, dont une équipe spécialisée dans les milieux souterrains, et il a fallu près de six heures pour localiser le groupe. «{NNB}Le réseau fait plus de 280 kilomètres, et les plans qui circulent chez les cataphiles sont souvent faux{NNB}», a ajouté l’officier.

VIDÉO. Dans les entrailles de Paris avec les inspecteurs des carrières

L’un des trois rescapés, un étudiant en architecture prénommé Léo, est sorti de l’hôpital Cochin en fin de matinée, encore enveloppé d’une couverture de survie. «{NNB}On n’avait plus qu’une lampe frontale sur trois. On chantait pour ne pas paniquer. À un moment, on a entendu des voix et on a cru que c’étaient les pompiers, mais c’était l’écho de nos propres cris{NNB}», a-t-il raconté. Il dit avoir «{NNB}appris la leçon{NNB}».

L’accès aux carrières est interdit au public et les contrevenants s’exposent à une amende. La préfecture de police a annoncé l’ouverture d’une enquête. «{NNB}Ces pratiques sont extrêmement dangereuses, on le répète à chaque fois{NNB}», insiste-t-on à la préfecture.

Dans le milieu des cataphiles, l’incident relance un vieux débat. Sur le forum «{NNB}Sous Paris{NNB}», très fréquenté par les habitués, les messages se multiplient depuis samedi. Un cataphile de longue date, qui fréquente les galeries depuis les années 1990 et souhaite rester anonyme, raconte : «{NNB}Il y a vingt ans, on descendait à quatre ou cinq, avec des gens qui connaissaient le réseau par cœur.

«{NNB}Aujourd’hui, les gamins voient une vidéo sur les réseaux sociaux et descendent avec leur téléphone comme seule lumière. Le jour où il y aura un mort, on fermera tout, et ce sera de leur faute.{NNB}»

Le maire du XIVe arrondissement, Étienne Vauclair, a réclamé sur X «{NNB}davantage de moyens pour l’inspection des carrières{NNB}» et la pose de nouvelles grilles aux accès connus.

Le Parisien Week-end : recevez chaque vendredi nos meilleures sorties. S’inscrire

Les trois jeunes gens devraient être entendus dans les prochains jours. «{NNB}Ils ont eu beaucoup de chance{NNB}», conclut le lieutenant-colonel Cerisier.

Une galerie des carrières de Paris (illustration). LP/Thomas Ferrand""",
    [
        ("pour une soirée d’anniversaire", "source", "une source policière", "selon"),
        (
            "La galerie s’était partiellement effondrée derrière eux après les fortes pluies de la semaine. Ils ne pouvaient plus ressortir par où ils étaient entrés",
            "Arnaud Cerisier",
            "Arnaud Cerisier",
            "a détaillé",
        ),
        (
            "Le réseau fait plus de 280 kilomètres, et les plans qui circulent chez les cataphiles sont souvent faux",
            "Arnaud Cerisier",
            "l’officier",
            "a ajouté",
        ),
        (
            "On n’avait plus qu’une lampe frontale sur trois. On chantait pour ne pas paniquer. À un moment, on a entendu des voix et on a cru que c’étaient les pompiers, mais c’était l’écho de nos propres cris",
            "Léo",
            ("a-t-il raconté", "il"),
            "a-t-il raconté",
        ),
        ("appris la leçon", "Léo", ("Il dit avoir", "Il"), ("Il dit avoir", "dit")),
        (
            "Ces pratiques sont extrêmement dangereuses, on le répète à chaque fois",
            "préfecture de police",
            ("à la préfecture", "préfecture"),
            "insiste-t-on",
        ),
        (
            "Il y a vingt ans, on descendait à quatre ou cinq, avec des gens qui connaissaient le réseau par cœur.",
            "cataphile",
            "Un cataphile",
            "raconte",
        ),
        (
            "Aujourd’hui, les gamins voient une vidéo sur les réseaux sociaux et descendent avec leur téléphone comme seule lumière. Le jour où il y aura un mort, on fermera tout, et ce sera de leur faute.",
            "cataphile",
            "Un cataphile",
            "raconte",
        ),
        (
            "davantage de moyens pour l’inspection des carrières",
            "Étienne Vauclair",
            "Étienne Vauclair",
            "a réclamé",
        ),
        (
            "Ils ont eu beaucoup de chance",
            "Arnaud Cerisier",
            ("lieutenant-colonel Cerisier", "Cerisier"),
            "conclut",
        ),
    ],
    ["Sous Paris"],
)

article(
    "blind16-fr07",
    "fr",
    f"""Kandara : la taxe sur le mobile money met les commerçants de Bomassa en colère

Par Aminata Sow-Kéita
Publié le 19 novembre 2026 à 10:22
Envoyer · Imprimer

Au grand marché de Bomassa, les écrans des téléphones ne s’allument plus pour payer. Depuis le 1er novembre, chaque transfert d’argent mobile supérieur à 5 000 francs CFA est taxé à 1 %, en application de la loi de finances votée en septembre par l’Assemblée nationale du Kandara.

«{NNB}L’État ne peut plus se financer sur le dos des seuls salariés du secteur formel. Le mobile money représente aujourd’hui plus de la moitié du PIB en volume de transactions, il est normal qu’il contribue{NNB}», a défendu le ministre des Finances, Abdoulaye Sinaré, lors d’une conférence de presse le 14 novembre.

Sur le terrain, l’argument passe mal. «{NNB}Un pour cent, ça a l’air de rien. Mais moi, je reçois l’argent du grossiste, je paie le transporteur, je rembourse ma tontine : l’argent passe quatre fois par mon téléphone, et je paie quatre fois{NNB}», explique Fanta Dembagui, vendeuse de pagnes depuis vingt ans. Beaucoup de commerçants sont revenus aux billets. “On retourne dix ans en arrière”, soupire son voisin, un grossiste en riz qui refuse de donner son nom.

Lire aussi
Fintech : la bataille du paiement mobile en Afrique de l’Ouest

Le principal opérateur du pays, Kandatel Money, a vu ses volumes baisser de 18 % en deux semaines, selon des chiffres internes consultés par Jeune Afrique. Dans un communiqué, l’entreprise appelle le gouvernement «{NNB}à ouvrir sans délai une concertation{NNB}» et met en garde contre «{NNB}un recul historique de l’inclusion financière{NNB}».

Le principal parti d’opposition, l’Union pour le renouveau du Kandara (URK), a qualifié la taxe de «{NNB}racket numérique{NNB}» et appelé à une journée «{NNB}zéro transfert{NNB}» le 30 novembre. «{NNB}Ce gouvernement taxe la débrouille. Quand les gens n’auront plus de quoi payer, ils ne paieront plus du tout{NNB}», a lancé son secrétaire général, Joseph Akassi, devant ses militants réunis samedi dans le quartier de Lendi.

Pour Rokia Bamana, économiste au cabinet Sahel Analytics, à Dakar, la mesure était «{NNB}prévisible{NNB}», le Fonds monétaire international ayant recommandé au Kandara d’élargir son assiette fiscale. «{NNB}Le problème n’est pas le principe, c’est le taux et le seuil. À 5 000 francs, on touche les plus pauvres. Ailleurs sur le continent, des taxes comparables ont fait chuter les volumes avant que l’État ne recule{NNB}», analyse-t-elle.

Interrogé par Jeune Afrique, un conseiller du Premier ministre assure que le seuil «{NNB}pourrait être relevé{NNB}» lors de la prochaine loi de finances rectificative. «{NNB}Nous ne sommes pas sourds. Mais il n’y aura pas de retrait{NNB}», tranche-t-il.

Abonnez-vous à la newsletter Économie & Finance de Jeune Afrique.

Au marché, Fanta Dembagui a déjà fait ses comptes : “Si ça continue, je remets l’argent sous le matelas, comme ma mère.”

Une commerçante du grand marché de Bomassa, le 16 novembre 2026. © Moussa Traoré pour JA""",
    [
        (
            "L’État ne peut plus se financer sur le dos des seuls salariés du secteur formel. Le mobile money représente aujourd’hui plus de la moitié du PIB en volume de transactions, il est normal qu’il contribue",
            "Abdoulaye Sinaré",
            "Abdoulaye Sinaré",
            "a défendu",
        ),
        (
            "Un pour cent, ça a l’air de rien. Mais moi, je reçois l’argent du grossiste, je paie le transporteur, je rembourse ma tontine : l’argent passe quatre fois par mon téléphone, et je paie quatre fois",
            "Fanta Dembagui",
            "Fanta Dembagui",
            "explique",
        ),
        ("On retourne dix ans en arrière", "grossiste", "un grossiste", "soupire"),
        ("à ouvrir sans délai une concertation", "Kandatel Money", "l’entreprise", "appelle"),
        (
            "un recul historique de l’inclusion financière",
            "Kandatel Money",
            "l’entreprise",
            "met en garde",
        ),
        (
            "racket numérique",
            "Union pour le renouveau du Kandara",
            "Union pour le renouveau du Kandara",
            "a qualifié",
        ),
        (
            "Ce gouvernement taxe la débrouille. Quand les gens n’auront plus de quoi payer, ils ne paieront plus du tout",
            "Joseph Akassi",
            "Joseph Akassi",
            "a lancé",
        ),
        ("prévisible", "Rokia Bamana", "Rokia Bamana", ("Pour Rokia", "Pour")),
        (
            "Le problème n’est pas le principe, c’est le taux et le seuil. À 5 000 francs, on touche les plus pauvres. Ailleurs sur le continent, des taxes comparables ont fait chuter les volumes avant que l’État ne recule",
            "Rokia Bamana",
            ("analyse-t-elle", "elle"),
            "analyse-t-elle",
        ),
        ("pourrait être relevé", "conseiller", "un conseiller", "assure"),
        (
            "Nous ne sommes pas sourds. Mais il n’y aura pas de retrait",
            "conseiller",
            ("tranche-t-il", "il"),
            "tranche-t-il",
        ),
        (
            "Si ça continue, je remets l’argent sous le matelas, comme ma mère.",
            "Fanta Dembagui",
            "Fanta Dembagui",
            None,
        ),
    ],
    ["zéro transfert"],
)

article(
    "blind16-fr08",
    "fr",
    f"""Odile Ferrandier, les mains du journal de la nuit

Interprète en langue des signes pendant trente et un ans à la télévision publique, elle raconte dans un livre son enfance entre deux langues.

par Julien Marchetti
publié le 21 novembre 2026 à 16h12

Elle parle avec les mains même quand elle parle avec la bouche. Au café de la gare où elle nous a donné rendez-vous, à Lille, Odile Ferrandier accompagne chacune de ses phrases d’un geste, comme si elle se traduisait elle-même. «{NB}Pendant trente et un ans, j’ai été une paire de mains dans un petit rond en bas à droite de l’écran. Les entendants ne me regardaient pas, et c’était très bien comme ça : si on me remarquait, c’est que je faisais mal mon travail{NB}», dit-elle en riant.

Née en 1961 à Roubaix de parents sourds, elle a appris la langue des signes avant le français. «{NB}À la maison, on signait. À l’école, on me disait de mettre mes mains dans mes poches. J’ai grandi entre deux langues et, pendant longtemps, j’ai cru que c’était une honte{NB}», raconte la sexagénaire, qui a longtemps servi d’interprète à ses propres parents chez le médecin ou à la banque.

Partager sur Facebook Partager sur X

Le souvenir le plus dur ? Elle n’hésite pas : la nuit de l’explosion de l’usine chimique de Saint-Amand-des-Prés, en 2009. Elle raconte : «{NB}On m’a appelée à 23 heures. Il n’y avait pas de texte, pas de prompteur, juste le présentateur qui improvisait et les chiffres qui changeaient toutes les dix minutes. Je signais des morts que je ne connaissais pas encore.

«{NB}Le lendemain, une femme sourde m’a écrit. Sa sœur travaillait à l’usine. Elle avait appris qu’elle était en vie en me regardant, parce que j’avais signé la liste des blessés. Ce jour-là, j’ai compris à quoi je servais.{NB}»

Son ancienne collègue, l’interprète Samia Belkacem, qui lui a succédé à l’antenne, la décrit comme « une perfectionniste absolue, parfois invivable ». « Elle relisait les conducteurs à 19 h 50 et venait m’engueuler parce qu’un signe régional n’était pas le bon. On riait beaucoup. Enfin, après », s’amuse-t-elle.

Pour aller plus loin : Langue des signes, le grand retard de la télévision

Retraitée depuis juin, Odile Ferrandier publie ces jours-ci «{NB}les Mains qui parlent{NB}» (éditions du Beffroi), un récit où elle revient sur son enfance et sur les coulisses du direct. Elle milite désormais pour que les débats électoraux soient intégralement interprétés, et pas seulement leurs vingt premières minutes.

«{NB}On a fait des progrès énormes. Mais il reste des conseils municipaux, des tribunaux, des urgences où un sourd n’a personne. Ça, ce n’est pas un détail, c’est une question de citoyenneté{NB}», insiste Mme Ferrandier, qui donne désormais des cours du soir à de futurs interprètes.

«{NB}Ce qui me manque ? Le trac, répond-elle sans hésiter. Cinq secondes avant l’antenne, le cœur qui bat. Ça, je ne le retrouverai nulle part.{NB}»

1961 Naissance à Roubaix. 1995 Premier journal télévisé interprété. 2009 Nuit de Saint-Amand-des-Prés. Juin 2026 Retraite. Novembre 2026 «{NB}les Mains qui parlent{NB}».

Odile Ferrandier, à Lille, le 14 novembre. (Marie Delcourt/Libération)""",
    [
        (
            "Pendant trente et un ans, j’ai été une paire de mains dans un petit rond en bas à droite de l’écran. Les entendants ne me regardaient pas, et c’était très bien comme ça : si on me remarquait, c’est que je faisais mal mon travail",
            "Odile Ferrandier",
            ("dit-elle", "elle"),
            "dit-elle",
        ),
        (
            "À la maison, on signait. À l’école, on me disait de mettre mes mains dans mes poches. J’ai grandi entre deux langues et, pendant longtemps, j’ai cru que c’était une honte",
            "Odile Ferrandier",
            "la sexagénaire",
            "raconte",
        ),
        (
            "On m’a appelée à 23 heures. Il n’y avait pas de texte, pas de prompteur, juste le présentateur qui improvisait et les chiffres qui changeaient toutes les dix minutes. Je signais des morts que je ne connaissais pas encore.",
            "Odile Ferrandier",
            ("Elle raconte", "Elle"),
            ("Elle raconte", "raconte"),
        ),
        (
            "Le lendemain, une femme sourde m’a écrit. Sa sœur travaillait à l’usine. Elle avait appris qu’elle était en vie en me regardant, parce que j’avais signé la liste des blessés. Ce jour-là, j’ai compris à quoi je servais.",
            "Odile Ferrandier",
            ("Elle raconte", "Elle"),
            ("Elle raconte", "raconte"),
        ),
        (
            "une perfectionniste absolue, parfois invivable",
            "Samia Belkacem",
            "Samia Belkacem",
            "décrit",
        ),
        (
            "Elle relisait les conducteurs à 19 h 50 et venait m’engueuler parce qu’un signe régional n’était pas le bon. On riait beaucoup. Enfin, après",
            "Samia Belkacem",
            ("s’amuse-t-elle", "elle"),
            "s’amuse-t-elle",
        ),
        (
            "On a fait des progrès énormes. Mais il reste des conseils municipaux, des tribunaux, des urgences où un sourd n’a personne. Ça, ce n’est pas un détail, c’est une question de citoyenneté",
            "Odile Ferrandier",
            "Mme Ferrandier",
            "insiste",
        ),
        ("Ce qui me manque ? Le trac", "Odile Ferrandier", ("répond-elle", "elle"), "répond-elle"),
        (
            "Cinq secondes avant l’antenne, le cœur qui bat. Ça, je ne le retrouverai nulle part.",
            "Odile Ferrandier",
            ("répond-elle", "elle"),
            "répond-elle",
        ),
    ],
    ["les Mains qui parlent", "les Mains qui parlent"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind16_fr.jsonl"), WORDS_RANGE)
