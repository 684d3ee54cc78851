package org.relais.library.demo;

import java.util.List;

/**
 * The French texts of the demo kits' files, in a small Markdown subset ({@code #} title, {@code ##}
 * heading, {@code -} item, paragraphs) that {@link DemoKitFileWriter} renders as PDF, ODT, DOCX or
 * keeps as Markdown and text.
 */
final class DemoKitTexts {
    private DemoKitTexts() {}

    /** One file of a demo kit: its name in the kit's folder and its text. */
    record Doc(String kit, String fileName, String text) {}

    static final List<Doc> DOCS =
            List.of(
                    new Doc(
                            "creer-sa-boite-mail",
                            "deroule-animateur.odt",
                            """
                            # Créer sa boîte mail : déroulé pour l'animateur

                            Atelier de 2 heures, 6 participants au plus, un ordinateur par personne. Public : adultes débutants qui n'ont pas encore d'adresse électronique ou qui ont perdu l'accès à la leur.

                            ## Avant l'atelier (15 minutes)
                            - Vérifier que chaque poste ouvre la page d'inscription du fournisseur choisi.
                            - Préparer une fiche participant imprimée par personne.
                            - Avoir un téléphone de démonstration pour la vérification par SMS.

                            ## Accueil et tour de table (15 minutes)
                            Demander à chacun à quoi lui servira son adresse : recevoir les factures, écrire à la famille, créer son compte sur les sites administratifs. Ces besoins guident le choix de l'adresse.

                            ## Choisir son adresse (20 minutes)
                            Une adresse sérieuse reprend le prénom et le nom. On évite les surnoms et les dates de naissance. Chacun écrit deux ou trois propositions sur sa fiche, car la première est souvent déjà prise.

                            ## Créer le compte (40 minutes)
                            - Remplir le formulaire pas à pas, en lisant chaque case à voix haute.
                            - Choisir un mot de passe long : une phrase de quatre mots fonctionne bien.
                            - Renseigner un numéro de téléphone de secours et le vérifier.
                            - Noter l'adresse et l'indice du mot de passe sur la fiche, jamais le mot de passe lui-même.

                            ## Premier message (20 minutes)
                            Chaque participant envoie un message à son voisin, puis répond au message reçu. On montre où se trouvent les courriers indésirables.

                            ## Clôture (10 minutes)
                            Rappeler qu'on ne communique jamais son mot de passe, même à un conseiller. Proposer l'atelier suivant : envoyer une pièce jointe.
                            """),
                    new Doc(
                            "creer-sa-boite-mail",
                            "fiche-participant.pdf",
                            """
                            # Ma nouvelle boîte mail

                            ## Mon adresse
                            Mon adresse s'écrit : prénom, point, nom, arobase, fournisseur. Elle ne contient ni espace ni accent.

                            ## Mon mot de passe
                            - Il est long : au moins 12 caractères, ou quatre mots sans rapport entre eux.
                            - Il ne sert que pour cette boîte mail.
                            - Personne ne me le demandera jamais, ni la banque, ni la CAF, ni le médiateur.

                            ## Se connecter
                            Ouvrir le navigateur, taper le nom du fournisseur, cliquer sur Connexion, saisir l'adresse puis le mot de passe.

                            ## Si j'ai oublié mon mot de passe
                            Cliquer sur « Mot de passe oublié » : un code arrive par SMS sur le téléphone de secours.
                            """),
                    new Doc(
                            "creer-sa-boite-mail",
                            "memo-mot-de-passe.md",
                            """
                            # Mémo : un bon mot de passe

                            - **Long** plutôt que compliqué : `cheval-orange-lampe-riviere` vaut mieux que `P@ss1`.
                            - **Unique** : un mot de passe par compte important (boîte mail, banque, impôts).
                            - **Secret** : on ne l'écrit pas sur un post-it collé à l'écran.

                            La boîte mail est la clé de tous les autres comptes : c'est elle qui reçoit les liens de réinitialisation. Protégez-la en premier.
                            """),
                    new Doc(
                            "demarches-caf-en-ligne",
                            "guide-animateur.pdf",
                            """
                            # Démarches CAF en ligne : guide de l'animateur

                            Accompagnement individuel ou en petit groupe, 1 h 30. Objectif : que la personne sache se connecter à son espace, déclarer ses ressources trimestrielles et retrouver ses attestations.

                            ## Se connecter à l'espace Mon Compte
                            Le numéro d'allocataire figure sur chaque courrier de la CAF. Le mot de passe est un code à 8 chiffres. La connexion par FranceConnect évite un mot de passe de plus.

                            ## La déclaration trimestrielle de ressources
                            Pour la prime d'activité et le RSA, la déclaration se fait tous les trois mois. Préparer les bulletins de salaire des trois derniers mois. Déclarer les montants nets, avant prélèvement à la source.

                            ## Télécharger une attestation de paiement
                            Rubrique Mes attestations : choisir la période, télécharger le PDF, l'enregistrer dans un dossier « Papiers » et l'envoyer par mail si un bailleur la demande.

                            ## Signaler un changement
                            Déménagement, naissance, séparation, reprise d'emploi : chaque changement se déclare en ligne dans la rubrique Déclarer un changement, dans le mois.

                            ## Posture
                            On fait avec la personne, pas à sa place. La souris reste dans sa main. On ne note jamais ses identifiants.
                            """),
                    new Doc(
                            "demarches-caf-en-ligne",
                            "pieces-a-preparer.txt",
                            """
                            Démarches CAF en ligne - pièces à préparer avant le rendez-vous

                            - Le numéro d'allocataire (sur un courrier de la CAF)
                            - Le code confidentiel à 8 chiffres, ou les identifiants impots.gouv ou ameli pour FranceConnect
                            - Les bulletins de salaire des trois derniers mois
                            - Un RIB si les coordonnées bancaires ont changé
                            - Le téléphone portable, pour recevoir un code de vérification
                            """),
                    new Doc(
                            "initiation-impression-3d",
                            "deroule.docx",
                            """
                            # Initiation à l'impression 3D : déroulé de séance

                            Séance de 3 heures au FabLab, 8 participants, à partir de 12 ans. Chacun repart avec un porte-clés imprimé à son nom.

                            ## Découvrir la machine (30 minutes)
                            Présenter l'imprimante à dépôt de filament : la buse chauffe le PLA à 200 degrés, le plateau descend couche après couche. Montrer une pièce ratée et expliquer pourquoi elle a raté.

                            ## Modéliser (60 minutes)
                            Dans Tinkercad, dans le navigateur : un pavé de 40 par 15 par 3 millimètres, un trou pour l'anneau, le prénom en relief de 1 millimètre. Exporter au format STL.

                            ## Trancher (30 minutes)
                            Dans le trancheur, ouvrir le fichier STL, choisir le profil PLA, un remplissage de 15 %, sans supports. Observer l'aperçu couche par couche et le temps estimé.

                            ## Imprimer (60 minutes)
                            Lancer les impressions deux par deux. Pendant ce temps, chercher sur un dépôt de modèles libres un objet utile et lire sa licence.
                            """),
                    new Doc(
                            "initiation-impression-3d",
                            "fiche-securite.pdf",
                            """
                            # Imprimante 3D : fiche de sécurité

                            - La buse atteint plus de 200 degrés : ne jamais la toucher, même imprimante arrêtée depuis peu.
                            - Le plateau chauffant reste chaud plusieurs minutes après l'impression.
                            - Ne pas laisser une impression sans surveillance dans la salle.
                            - Aérer la pièce : le PLA dégage peu d'odeur, l'ABS est réservé aux encadrants.
                            - Décoller les pièces avec la spatule, vers l'extérieur, jamais vers la main.
                            - En cas de bruit anormal ou de fumée, appuyer sur Arrêt et prévenir l'animateur.
                            """),
                    new Doc(
                            "initiation-impression-3d",
                            "reglages-pla.csv",
                            """
                            réglage;valeur;remarque
                            température de buse;200 °C;190 à 210 selon la bobine
                            température du plateau;60 °C;nettoyer le plateau à l'alcool avant
                            hauteur de couche;0,2 mm;0,1 mm pour les détails fins
                            remplissage;15 %;suffisant pour un porte-clés
                            vitesse;50 mm/s;ralentir la première couche à 20 mm/s
                            """),
                    new Doc(
                            "arnaques-sms",
                            "quiz-vrai-ou-faux.pdf",
                            """
                            # Repérer les arnaques par SMS : quiz vrai ou faux

                            Lire chaque message à voix haute. Les participants lèvent le carton vert (message fiable) ou rouge (tentative d'hameçonnage), puis on explique les indices.

                            ## Message 1
                            « Votre colis est en attente de livraison. Réglez 1,99 euro de frais de réexpédition ici : lien raccourci. » Faux : un transporteur ne demande pas de frais par SMS. L'urgence et le petit montant sont des indices.

                            ## Message 2
                            « Votre carte Vitale expire. Mettez à jour vos informations sur ce lien. » Faux : la carte Vitale n'expire pas et l'Assurance maladie n'envoie pas de lien pour la renouveler.

                            ## Message 3
                            « Votre code de connexion est 482 913. Ne le communiquez à personne. » Vrai, si vous venez de demander à vous connecter. Sinon, quelqu'un essaie d'entrer dans votre compte : ne transmettez le code à personne.

                            ## Les bons réflexes
                            - Ne jamais cliquer sur un lien reçu par SMS quand on ne l'attendait pas.
                            - Aller soi-même sur le site officiel ou dans l'application.
                            - Transférer le SMS frauduleux au 33700, puis le supprimer.
                            """),
                    new Doc(
                            "arnaques-sms",
                            "exemples-de-sms.md",
                            """
                            # Exemples de SMS frauduleux à projeter

                            1. « CPF : il vous reste 500 € de droits à la formation, ils expirent demain. Rappelez vite. »
                            2. « Amende impayée : régularisez sous 48 h pour éviter une majoration. »
                            3. « Maman, j'ai cassé mon téléphone, voici mon nouveau numéro, écris-moi sur WhatsApp. »

                            Pour chaque message, faire trouver aux participants **qui** prétend écrire, **ce qu'on leur demande**, et **pourquoi c'est pressé**. Ces trois questions suffisent à démasquer la plupart des arnaques.

                            Signalement : transférer le message au **33700** ; en cas de paiement, faire opposition auprès de la banque et porter plainte.
                            """),
                    new Doc(
                            "arnaques-sms",
                            "deroule.odt",
                            """
                            # Repérer les arnaques par SMS : déroulé

                            Atelier d'une heure, sans ordinateur : chaque participant garde son propre téléphone.

                            ## Échauffement (10 minutes)
                            Qui a déjà reçu un message bizarre ? On laisse raconter, sans juger : tout le monde peut se faire piéger.

                            ## Le quiz vrai ou faux (30 minutes)
                            Utiliser la fiche quiz et les exemples à projeter. Noter au tableau les indices trouvés par le groupe.

                            ## Bloquer et signaler (20 minutes)
                            Sur chaque téléphone, retrouver comment bloquer un numéro et transférer un message au 33700.
                            """),
                    new Doc(
                            "premiers-pas-android",
                            "support-gestes.pdf",
                            """
                            # Premiers pas sur smartphone Android : les gestes de base

                            ## Toucher
                            Un appui bref ouvre une application ou valide un bouton. Un appui long ouvre un menu ou permet de déplacer une icône.

                            ## Glisser
                            Faire glisser le doigt vers le haut affiche toutes les applications. Glisser depuis le haut de l'écran ouvre les notifications et les réglages rapides : Wi-Fi, son, lampe de poche.

                            ## Pincer
                            Écarter deux doigts agrandit une photo ou un texte ; les rapprocher réduit.

                            ## Revenir en arrière
                            Selon les téléphones : la flèche en bas de l'écran, ou un glissement depuis le bord gauche ou droit vers le centre.

                            ## Exercice
                            Ouvrir l'appareil photo, prendre une photo, la retrouver dans la Galerie, l'agrandir, puis revenir à l'écran d'accueil.
                            """),
                    new Doc(
                            "premiers-pas-android",
                            "deroule.odt",
                            """
                            # Premiers pas sur smartphone Android : déroulé en trois séances

                            ## Séance 1 : apprivoiser l'écran
                            Allumer, déverrouiller, régler la taille du texte dans Paramètres puis Affichage. Pratiquer les gestes avec la fiche support.

                            ## Séance 2 : téléphoner et écrire
                            Ajouter un contact, passer un appel, envoyer un SMS, dicter un message au micro du clavier.

                            ## Séance 3 : installer une application
                            Ouvrir le Play Store avec un compte Google, installer une application de météo, repérer les autorisations demandées et refuser celles qui n'ont pas lieu d'être.
                            """),
                    new Doc(
                            "visio-proches",
                            "fiche-pas-a-pas.pdf",
                            """
                            # Appeler ses proches en visio : pas à pas

                            ## Avant l'appel
                            - Vérifier la connexion Wi-Fi et la batterie.
                            - Poser le téléphone ou la tablette sur un support, à hauteur des yeux.
                            - Se placer face à la lumière, pas dos à la fenêtre.

                            ## Rejoindre un appel
                            Ouvrir le lien reçu par SMS ou par mail, autoriser la caméra et le micro, puis appuyer sur Rejoindre.

                            ## Pendant l'appel
                            Le micro barré signifie qu'on ne vous entend pas : appuyez dessus. Pour raccrocher, le bouton rouge.
                            """),
                    new Doc(
                            "visio-proches",
                            "deroule.md",
                            """
                            # Appeler ses proches en visio : déroulé

                            Atelier de 1 h 30 en binômes, idéal en EHPAD ou en résidence autonomie.

                            1. **Tour de table** (10 min) : qui voudrait-on appeler ?
                            2. **Installer et ouvrir** l'application de visio choisie par la famille (20 min).
                            3. **Appel d'essai** entre binômes, dans deux pièces différentes (30 min).
                            4. **Appel réel** à un proche prévenu à l'avance (20 min).
                            5. **Bilan** et fiche pas à pas remise à chacun (10 min).
                            """),
                    new Doc(
                            "franceconnect",
                            "pas-a-pas.pdf",
                            """
                            # Se connecter avec FranceConnect

                            FranceConnect permet d'accéder à plus de mille services publics en ligne avec un compte que l'on possède déjà : impots.gouv, ameli, l'Identité Numérique La Poste ou MSA.

                            ## Étape 1
                            Sur le site du service, cliquer sur le bouton bleu « S'identifier avec FranceConnect ».

                            ## Étape 2
                            Choisir le compte que l'on connaît le mieux, par exemple impots.gouv.

                            ## Étape 3
                            Saisir ses identifiants sur le site choisi. On revient automatiquement sur le service, connecté.

                            ## À retenir
                            Le mot de passe reste celui du compte choisi : FranceConnect n'en crée pas de nouveau.
                            """),
                    new Doc(
                            "franceconnect",
                            "questions-frequentes.md",
                            """
                            # FranceConnect : questions fréquentes en atelier

                            **« Je n'ai pas de compte impots.gouv. »** Le numéro fiscal figure sur l'avis d'imposition ; on peut créer le compte pendant l'atelier.

                            **« Le bouton FranceConnect n'apparaît pas. »** Tous les services ne le proposent pas encore ; il faut alors le compte propre au service.

                            **« Est-ce que l'État voit tout ce que je fais ? »** Non : FranceConnect transmet seulement l'identité au service choisi, avec votre accord.
                            """),
                    new Doc(
                            "compte-ameli",
                            "deroule.odt",
                            """
                            # Ouvrir son compte ameli : déroulé

                            Accompagnement individuel de 45 minutes.

                            ## Ce qu'il faut avoir
                            La carte Vitale, un RIB, une adresse mail consultable pendant le rendez-vous et le téléphone portable.

                            ## Création
                            Sur ameli.fr, Compte ameli, Créer mon compte : numéro de sécurité sociale, code postal, puis les 7 derniers chiffres du RIB. Un mot de passe provisoire arrive par mail ou par courrier.

                            ## Premiers usages
                            Télécharger une attestation de droits, consulter les derniers remboursements, activer les notifications.
                            """),
                    new Doc(
                            "compte-ameli",
                            "fiche-participant.pdf",
                            """
                            # Mon compte ameli

                            - Mon identifiant : mon numéro de sécurité sociale à 13 chiffres.
                            - Mon mot de passe : je le choisis, je le garde pour moi.
                            - Une attestation de droits se télécharge en deux clics : Mes démarches, puis Attestation de droits.
                            - En cas de blocage : le 3646, service gratuit plus prix d'un appel.
                            """),
                    new Doc(
                            "cv-traitement-de-texte",
                            "modele-cv.docx",
                            """
                            # Prénom Nom

                            Adresse mail professionnelle - téléphone - ville

                            ## Expérience
                            2021 - 2024 : agent d'accueil, médiathèque municipale. Accueil du public, inscriptions, aide à l'utilisation des postes informatiques.

                            ## Formation
                            2020 : certificat Pix, niveau intermédiaire.

                            ## Compétences
                            - Traitement de texte et tableur
                            - Accueil de publics variés
                            - Permis B
                            """),
                    new Doc(
                            "cv-traitement-de-texte",
                            "consignes.pdf",
                            """
                            # Rédiger son CV avec un traitement de texte : consignes

                            ## Partir du modèle
                            Ouvrir le modèle de CV fourni, l'enregistrer tout de suite sous un nouveau nom : CV-prénom-nom.

                            ## Remplacer les textes
                            Sélectionner chaque texte d'exemple et taper par-dessus, sans toucher à la mise en forme.

                            ## Relire
                            Utiliser le correcteur, faire relire par son voisin, vérifier que l'adresse mail est sérieuse.

                            ## Exporter en PDF
                            Fichier, Exporter au format PDF. C'est ce fichier que l'on envoie aux employeurs : la mise en page ne bouge plus.
                            """),
                    new Doc(
                            "photos-smartphone",
                            "fiche.pdf",
                            """
                            # Trier et sauvegarder ses photos

                            ## Faire de la place
                            Supprimer les doublons et les photos floues, puis vider la corbeille de la Galerie : les photos supprimées y restent 30 jours.

                            ## Ranger
                            Créer des albums par événement : Noël 2025, vacances, papiers. Une photo de document officiel va dans un album à part.

                            ## Sauvegarder
                            Activer la sauvegarde automatique dans le nuage, de préférence en Wi-Fi seulement. Ou brancher le téléphone à un ordinateur et copier le dossier DCIM sur une clé USB.
                            """),
                    new Doc(
                            "photos-smartphone",
                            "deroule.md",
                            """
                            # Trier et sauvegarder ses photos : déroulé

                            Atelier de 2 heures, chacun avec son téléphone et son câble.

                            - **30 min** : combien de photos avez-vous ? Où sont-elles ? Que se passe-t-il si le téléphone tombe à l'eau ?
                            - **45 min** : tri, suppression, albums, avec la fiche.
                            - **45 min** : sauvegarde, dans le nuage ou sur une clé USB fournie par l'EPN.
                            """),
                    new Doc(
                            "mots-de-passe",
                            "fiche-memo.pdf",
                            """
                            # Gérer ses mots de passe sans se perdre

                            ## Trois règles
                            - Un mot de passe différent pour chaque compte important.
                            - Une phrase longue plutôt qu'un mot compliqué.
                            - La double authentification activée sur la boîte mail.

                            ## Le gestionnaire de mots de passe
                            Un coffre-fort numérique retient tous les mots de passe ; on n'en mémorise plus qu'un seul, le mot de passe maître. Des gestionnaires libres et gratuits existent, comme KeePassXC ou Bitwarden.

                            ## Et le carnet papier ?
                            Pour certaines personnes, un carnet rangé chez soi, jamais dans le sac, reste une solution acceptable. Mieux vaut un carnet que le même mot de passe partout.
                            """),
                    new Doc(
                            "mots-de-passe",
                            "deroule.odt",
                            """
                            # Gérer ses mots de passe : déroulé

                            ## Le jeu des cartes (20 minutes)
                            Chaque participant tire une carte « compte » (banque, mail, réseau social) et une carte « mot de passe ». Le groupe estime le temps qu'il faudrait pour le deviner.

                            ## Installer un gestionnaire (40 minutes)
                            Installation sur le poste de l'EPN, création du coffre, ajout de deux comptes réels en présence de la personne seule.

                            ## Activer la double authentification (30 minutes)
                            Sur la boîte mail de chacun, avec le téléphone.
                            """),
                    new Doc(
                            "decoupe-laser",
                            "fiche-securite.pdf",
                            """
                            # Découverte de la découpe laser au FabLab : sécurité

                            - La découpeuse laser ne fonctionne jamais capot ouvert et jamais sans surveillance.
                            - L'aspiration doit être allumée avant de lancer la découpe.
                            - Seuls les matériaux de la liste autorisée entrent dans la machine.
                            - Le PVC et le vinyle sont interdits : ils dégagent du chlore, toxique et corrosif.
                            - Un extincteur à CO2 se trouve à côté de la machine ; en cas de flamme persistante, arrêt d'urgence.
                            """),
                    new Doc(
                            "decoupe-laser",
                            "materiaux-autorises.csv",
                            """
                            matériau;épaisseur maximale;autorisé;remarque
                            contreplaqué peuplier;5 mm;oui;le plus courant pour débuter
                            MDF;3 mm;oui;beaucoup de fumée, aspiration indispensable
                            carton;4 mm;oui;surveiller le risque de flamme
                            acrylique (PMMA);5 mm;oui;découpe très nette
                            PVC;-;non;dégage du chlore
                            vinyle;-;non;dégage du chlore
                            """));
}
