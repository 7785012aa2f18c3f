## Page shell
service-name = Plainte en ligne
skip-to-content = Aller au contenu
language-switch-label = Langue
emergency-banner-label = Numéros d’urgence
emergency-banner-title = En cas d’urgence :
emergency-banner-call = appelez le
emergency-banner-sms = ou, si vous ne pouvez pas parler, envoyez un SMS au
footer-home = Accueil
footer-pre-complaint = Pré-plainte en ligne
footer-privacy = Service public. Aucune donnée n’est transmise à des tiers ; ce site ne dépose aucun traceur.
back = Retour
continue = Continuer
change = Modifier
remove = Supprimer
answer-yes = Oui
answer-no = Non
go-home = Revenir à l’accueil
step-of = Étape { $step } sur { $total }
date-hint = Par exemple : 27/03/2025
reference-label = Référence { $reference }

## Home
home-title = Porter plainte ou signaler des faits
home-lead = Signalez une infraction, trouvez la démarche adaptée à votre situation et obtenez de l’aide. Certaines démarches se font entièrement en ligne, d’autres au commissariat ou à la brigade de gendarmerie de votre choix.
home-pre-complaint-title = Faire une pré-plainte en ligne
home-pre-complaint-body = Pour un vol, un cambriolage, une dégradation, une escroquerie ou l’utilisation frauduleuse de votre carte bancaire, quand l’auteur est inconnu.
home-emergency-title = Numéros utiles
number-17 = Police secours et gendarmerie
number-112 = Numéro d’urgence européen
number-114 = Urgences par SMS, pour les personnes qui ne peuvent pas parler ou entendre
number-3919 = Violences Femmes Info, gratuit, anonyme, 24 h/24
number-119 = Enfance en danger, 24 h/24
number-116006 = France Victimes, aide aux victimes, 7 jours sur 7

## Problems
problem-not-found-title = Page introuvable
problem-not-found-body = L’adresse est peut-être mal saisie, ou la page n’existe plus.
problem-bad-request-title = Demande non comprise
problem-bad-request-body = Votre navigateur a envoyé une demande que nous ne pouvons pas traiter. Revenez en arrière et réessayez.
problem-forbidden-title = Formulaire expiré
problem-forbidden-body = Pour votre sécurité, ce formulaire n’est plus valable. Revenez en arrière, rechargez la page et réessayez : vos réponses déjà enregistrées sont conservées.
problem-too-large-title = Réponse trop longue
problem-too-large-body = Le formulaire envoyé est trop volumineux. Raccourcissez votre texte et réessayez.
problem-too-many-title = Trop de tentatives
problem-too-many-body = Veuillez patienter quelques minutes avant de réessayer.
problem-server-error-title = Une erreur est survenue
problem-server-error-body = Le service a rencontré un problème. Vos réponses déjà enregistrées sont conservées. Réessayez dans quelques minutes.
problem-unavailable-title = Service momentanément indisponible
problem-unavailable-body = Le service est momentanément indisponible. Vos réponses déjà enregistrées sont conservées. Réessayez dans quelques minutes.
problem-emergency = En cas d’urgence, appelez le 17 ou le 112, ou envoyez un SMS au 114.
session-expired-title = Votre session a expiré
session-expired-body = Nous n’avons pas retrouvé vos réponses : elles sont effacées après 30 jours sans activité, ou votre navigateur refuse les cookies. Vous pouvez recommencer votre déclaration.
start-again = Recommencer

## Errors
error-title-prefix = Erreur :
error-summary-title = Il y a un problème
error-required = Cette information est obligatoire.
error-too-long = Ce texte est trop long.
error-invalid = Cette réponse n’est pas valide.
error-choose = Choisissez une réponse.
error-email = Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.
error-phone = Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.
error-postcode = Saisissez un code postal à 5 chiffres, par exemple 75011.
error-date = Saisissez une date valide, par exemple 27/03/2025.
error-date-future = La date ne peut pas être dans le futur.
error-time = Saisissez une heure valide, par exemple 14:30.
error-range-order = La date de fin doit être postérieure à la date de début.
error-child-not-minor = L’enfant doit avoir moins de 18 ans.
error-siret = Le numéro SIRET comporte 14 chiffres.
error-imei = L’IMEI comporte 15 chiffres ; vérifiez-le (tapez *#06# sur un téléphone pour l’afficher).
error-plate = Saisissez l’immatriculation, par exemple AB-123-CD.
error-last-digits = Saisissez les 4 derniers chiffres de la carte.
error-amount = Saisissez un montant en euros, par exemple 120,50.
error-too-many-items = Vous avez atteint le nombre maximal d’objets : décrivez les autres dans votre récit.
error-unit-search = Saisissez un code postal, un numéro de département ou le nom d’une commune.
error-choose-unit = Choisissez le commissariat ou la brigade où vous signerez.
## Field-specific errors (shown instead of the generic one when present)
error-required-surname = Saisissez votre nom de famille.
error-required-given-names = Saisissez vos prénoms.
error-required-birth-date = Saisissez votre date de naissance.
error-required-birth-place = Saisissez votre lieu de naissance.
error-required-address = Saisissez votre adresse.
error-required-postcode = Saisissez le code postal.
error-required-town = Saisissez la commune.
error-required-email = Saisissez votre adresse e-mail.
error-required-child-surname = Saisissez le nom de famille de l’enfant.
error-required-child-given-names = Saisissez les prénoms de l’enfant.
error-required-child-birth-date = Saisissez la date de naissance de l’enfant.
error-required-organisation-name = Saisissez la raison sociale.
error-required-organisation-role = Saisissez votre fonction.
error-required-date = Saisissez la date des faits.
error-required-from = Saisissez le début de la période.
error-required-to = Saisissez la fin de la période.
error-required-account = Décrivez ce qui s’est passé.
error-required-brand = Saisissez la marque.
error-required-plate = Saisissez l’immatriculation.
error-required-bank = Saisissez le nom de la banque.
error-required-details = Indiquez qui sont les témoins et comment les joindre.
error-choose-emergency = Indiquez si quelqu’un est en danger.
error-choose-known-perpetrator = Indiquez si vous connaissez l’auteur des faits.
error-choose-violence = Indiquez s’il y a eu des violences.
error-choose-declarant = Indiquez pour qui vous faites cette déclaration.
error-choose-mode = Indiquez si vous connaissez la date exacte.
error-choose-offence = Choisissez le type de faits.
error-choose-add-item = Indiquez si vous voulez déclarer un objet.
error-choose-seen = Indiquez si vous pouvez décrire l’auteur.
error-choose-any = Indiquez s’il y a eu des témoins.
error-choose-time-of-day = Choisissez un moment de la journée.
error-choose-blocked = Indiquez si vous avez fait opposition sur la carte.
error-choose-fraudulent-payments = Indiquez si des paiements ont été faits à votre insu.
error-choose-document = Choisissez le type de pièce d’identité.
item-summary = { $kind } : { $details }

error-declaration = Cochez la case pour certifier l’exactitude de votre déclaration.

## Start
start-title = Faire une pré-plainte en ligne
start-lead = Déclarez en ligne une atteinte à vos biens, puis signez votre plainte au commissariat ou à la brigade de gendarmerie de votre choix.
start-covers-title = Ce service concerne
start-unknown-perpetrator = uniquement lorsque vous ne connaissez pas l’auteur des faits.
start-need-title = Avant de commencer, ayez sous la main
start-need-identity = vos informations d’identité et une adresse e-mail ;
start-need-email = la date et le lieu des faits, même approximatifs ;
start-need-items = la description des objets volés ou endommagés (numéro de série, IMEI, immatriculation, derniers chiffres de la carte).
start-next-title = Et ensuite ?
start-next-body = Un agent examine votre déclaration et vous contacte pour fixer un rendez-vous. Vous devez signer votre plainte dans les 30 jours ; sans signature, la pré-plainte est supprimée.
start-time = Comptez environ 15 minutes. Vos réponses sont enregistrées à chaque étape.
start-button = Commencer

## Eligibility
eligibility-title = Votre situation
eligibility-emergency = Quelqu’un est-il en danger, ou les faits sont-ils en train de se produire ?
eligibility-emergency-hint = Si oui, appelez tout de suite le 17 ou le 112.
eligibility-known = Connaissez-vous l’auteur des faits ?
eligibility-known-hint = Par exemple son nom, ou une personne que vous pouvez identifier.
eligibility-violence = Quelqu’un a-t-il été blessé, menacé ou victime de violences, notamment sexuelles ?
eligibility-violence-hint = Les violences contre les personnes ne relèvent pas de la pré-plainte.

elsewhere-emergency-title = Appelez les secours maintenant
elsewhere-emergency-body = En cas de danger immédiat, n’utilisez pas ce service : appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
elsewhere-emergency-next = Une fois en sécurité, vous pourrez revenir déclarer les faits.
elsewhere-known-perpetrator-title = Rendez-vous au commissariat ou à la gendarmerie
elsewhere-known-perpetrator-body = La pré-plainte en ligne est réservée aux faits dont l’auteur est inconnu. Lorsque vous connaissez l’auteur, déposez plainte directement dans un commissariat ou une brigade de gendarmerie, ou écrivez au procureur de la République du tribunal judiciaire du lieu des faits.
elsewhere-known-perpetrator-next = Apportez une pièce d’identité et tout document utile (photos, factures, messages).
elsewhere-violence-title = Faites-vous aider par un service adapté
elsewhere-violence-body = Les violences contre les personnes ne relèvent pas de la pré-plainte en ligne. Rendez-vous dans un commissariat ou une brigade de gendarmerie, où vous serez reçu. Pour être écouté et conseillé, vous pouvez appeler les numéros ci-dessous.
elsewhere-violence-next = Si vous avez été blessé, consultez un médecin : un certificat médical sera utile pour votre plainte.
elsewhere-internet-scam-title = Utilisez le service dédié aux escroqueries sur internet
elsewhere-internet-scam-body = Les escroqueries commises sur internet (fausse annonce, faux site de vente, chantage en ligne, hameçonnage) se déclarent sur le service en ligne dédié THESEE, accessible depuis service-public.fr. Pour un paiement frauduleux par carte sur internet, utilisez le service Perceval.
elsewhere-internet-scam-next = Faites opposition à votre carte sans attendre auprès de votre banque, et conservez toutes les preuves (captures d’écran, messages, relevés).

## Declarant
declarant-title = Pour qui faites-vous cette déclaration ?
declarant-myself = Pour moi-même
declarant-myself-hint = Vous êtes la victime.
declarant-minor-child = Pour mon enfant mineur
declarant-minor-child-hint = Vous êtes son parent ou son représentant légal.
declarant-organisation = Pour une entreprise ou une association
declarant-organisation-hint = Vous la représentez.

## Identity
identity-title = Votre identité et vos coordonnées
identity-intro = Ces informations permettent au service de vous contacter et figureront sur votre plainte.
identity-you-legend = Vous
identity-declarant-legend = Vous, déclarant
identity-child-legend = L’enfant
identity-organisation-legend = L’entreprise ou l’association
identity-organisation-name = Raison sociale
identity-organisation-siret = Numéro SIRET (facultatif)
identity-organisation-siret-hint = 14 chiffres.
identity-organisation-role = Votre fonction
identity-surname = Nom de famille
identity-given-names = Prénoms
identity-birth-date = Date de naissance
identity-birth-place = Lieu de naissance
identity-birth-place-hint = Commune et pays.
identity-address-legend = Adresse
identity-address = Numéro et voie
identity-postcode = Code postal
identity-town = Commune
identity-country = Pays (facultatif)
identity-country-hint = Si vous n’habitez pas en France.
identity-contact-legend = Pour vous contacter
identity-email = Adresse e-mail
identity-email-hint = Nous y enverrons la confirmation et votre référence.
identity-phone = Numéro de téléphone (facultatif)
identity-phone-hint = Le service pourra vous appeler pour fixer le rendez-vous.

## When
when-title = Quand les faits se sont-ils produits ?
when-mode-legend = Connaissez-vous la date exacte ?
when-mode-exact = Oui, je connais la date
when-mode-range = Non, je connais seulement une période
when-exact-heading = Si vous connaissez la date
when-date = Date
when-time = Heure (facultatif)
when-time-hint = Laissez vide si vous ne connaissez pas l’heure. Par exemple : 14:30.
when-range-heading = Si vous connaissez seulement une période
when-from = Entre le
when-to = Et le

## Place
place-title = Où les faits se sont-ils produits ?
place-kind-legend = Type de lieu
place-kind-street = Dans la rue ou un lieu public
place-kind-home = À mon domicile
place-kind-vehicle = Dans ou sur un véhicule
place-kind-transport = Dans les transports en commun ou une gare
place-kind-business = Dans un commerce, un restaurant ou un établissement
place-kind-work = Sur mon lieu de travail ou d’études
place-kind-other = Ailleurs
place-address = Adresse ou repère (facultatif)
place-address-hint = Par exemple : 12 rue de la République, ou « devant la gare ».
place-postcode = Code postal
place-town = Commune
place-details = Précisions (facultatif)
place-details-hint = Ligne de bus ou de métro, nom du commerce, étage…

## Facts
facts-title = Que s’est-il passé ?
facts-offence-legend = Type de faits
offence-theft = Un vol
offence-theft-hint = Sac, vélo, objet dérobé sans violence.
offence-pickpocketing = Un vol à la tire (pickpocket)
offence-pickpocketing-hint = Portefeuille ou téléphone pris dans une poche ou un sac.
offence-theft-from-vehicle = Un vol dans un véhicule
offence-theft-from-vehicle-hint = Objets dérobés à l’intérieur d’une voiture.
offence-burglary = Un cambriolage
offence-burglary-hint = Logement, cave, garage ou local professionnel.
offence-vehicle-theft = Un vol de véhicule
offence-vehicle-theft-hint = Voiture, deux-roues motorisé.
offence-damage = Une dégradation ou du vandalisme
offence-damage-hint = Tag, vitre brisée, véhicule endommagé.
offence-card-fraud = L’utilisation frauduleuse de ma carte bancaire
offence-card-fraud-hint = Paiements ou retraits que vous n’avez pas faits, en dehors d’internet.
offence-scam = Une escroquerie en dehors d’internet
offence-scam-hint = Faux agent, faux démarchage à domicile, faux chèque.
offence-internet-scam = Une escroquerie sur internet
offence-internet-scam-hint = Fausse annonce, faux site, hameçonnage : un service dédié existe.
facts-account = Décrivez ce qui s’est passé
facts-account-hint = Racontez avec vos mots, dans l’ordre : ce que vous faisiez, ce que vous avez constaté, ce qui a été pris ou abîmé.

## Items
items-title-empty = Objets volés ou endommagés
items-title = Vos objets
items-add-first = Voulez-vous déclarer un objet volé ou endommagé ?
items-add-another = Voulez-vous ajouter un autre objet ?
items-hint = Téléphone, véhicule, carte bancaire, pièce d’identité ou tout autre objet.
item-kind-title = Quel type d’objet ?
item-kind-phone = Un téléphone portable
item-kind-vehicle = Un véhicule
item-kind-bank-card = Une carte bancaire
item-kind-identity-document = Une pièce d’identité
item-kind-other = Un autre objet
item-title-phone = Le téléphone
item-title-vehicle = Le véhicule
item-title-bank-card = La carte bancaire
item-title-identity-document = La pièce d’identité
item-title-other = L’objet
item-save = Enregistrer cet objet
item-brand = Marque
item-model-optional = Modèle (facultatif)
item-imei = Numéro IMEI (facultatif)
item-imei-hint = 15 chiffres, sur la boîte ou la facture. Il permet de bloquer le téléphone.
item-vehicle-warning = Attention : tant que votre plainte n’est pas signée, vous restez responsable de ce véhicule, y compris des infractions commises avec lui. Signez votre plainte au plus vite.
item-plate = Immatriculation
item-plate-hint = Par exemple : AB-123-CD.
item-colour = Couleur (facultatif)
item-bank = Banque
item-last-digits = 4 derniers chiffres de la carte
item-last-digits-hint = Ne saisissez jamais le numéro complet de votre carte.
item-blocked = Avez-vous fait opposition sur cette carte ?
item-blocked-hint = Si ce n’est pas fait, appelez votre banque ou le 0 892 705 705 sans attendre.
item-fraudulent = Des paiements ou retraits ont-ils été faits à votre insu ?
item-amount = Montant total (facultatif)
item-amount-hint = En euros, par exemple 120,50.
item-card-blocked = opposition faite
item-card-not-blocked = opposition non faite
item-card-fraud = paiements frauduleux
item-card-fraud-amount = paiements frauduleux : { $amount }
item-document = Type de pièce
document-identity-card = Carte nationale d’identité
document-passport = Passeport
document-residence-permit = Titre de séjour
document-driving-licence = Permis de conduire
item-document-number = Numéro de la pièce (facultatif)
item-document-number-hint = Il figure sur une photocopie ou sur le récépissé de demande.
item-description = Description
item-description-hint = Par exemple : ordinateur portable gris, vélo bleu.
item-serial = Numéro de série (facultatif)
item-value = Valeur estimée (facultatif)

## Perpetrator and witnesses
perpetrator-title = L’auteur des faits
perpetrator-seen = Pouvez-vous décrire la ou les personnes ?
perpetrator-seen-yes = Oui, je peux donner une description
perpetrator-seen-no = Non, je ne sais pas
perpetrator-description = Description (si vous avez répondu oui)
perpetrator-description-hint = Nombre de personnes, allure, vêtements, véhicule, direction prise.
witnesses-title = Les témoins
witnesses-any = Quelqu’un a-t-il été témoin des faits ?
witnesses-details = Témoins (si vous avez répondu oui)
witnesses-details-hint = Nom et moyen de les contacter, et ce qu’ils ont vu.

## Unit and appointment
unit-title = Où souhaitez-vous signer votre plainte ?
unit-intro = Choisissez le commissariat ou la brigade de gendarmerie où vous vous rendrez pour signer. Ce service vous contactera pour fixer le rendez-vous.
unit-search = Rechercher par code postal, département ou commune
unit-search-hint = Par exemple : 69003, 13 ou Rennes.
unit-search-button = Rechercher
unit-results = { $count ->
    [one] 1 service trouvé.
   *[other] { $count } services trouvés.
}
unit-no-results = Aucun service trouvé : essayez le numéro du département ou une commune voisine.
unit-choose = Choisissez un service
unit-kind-police = Police nationale
unit-kind-gendarmerie = Gendarmerie nationale
appointment-title = Vos disponibilités pour le rendez-vous
appointment-intro = Le service vous proposera un rendez-vous pour signer. Indiquez ce qui vous arrange.
appointment-days = Jours qui vous conviennent (facultatif)
appointment-days-hint = Cochez tous les jours possibles. Sans réponse, tous les jours conviennent.
appointment-any-day = Tous les jours
day-mon = Lundi
day-tue = Mardi
day-wed = Mercredi
day-thu = Jeudi
day-fri = Vendredi
day-sat = Samedi
appointment-time = Moment de la journée
time-of-day-any = Peu importe
time-of-day-morning = Le matin
time-of-day-afternoon = L’après-midi
time-of-day-evening = En fin de journée
appointment-needs = Besoins particuliers (facultatif)
appointment-needs-hint = Interprète, accessibilité en fauteuil roulant, accompagnement…

## Check
check-title = Vérifiez vos réponses avant d’envoyer
check-section-you = Vous
check-section-facts = Les faits
check-section-follow-up = Suite de la démarche
check-declarant = Déclaration faite
check-organisation = Entreprise ou association
check-child = Enfant
check-name = Nom
check-birth = Naissance
check-address = Adresse
check-contact = Coordonnées
check-when = Date
check-when-exact-time = { $date } à { $time }
check-when-range = entre le { $from } et le { $to }
check-place = Lieu
check-offence = Type de faits
check-account = Récit
check-items = Objets
check-no-items = Aucun objet déclaré
check-perpetrator = Auteur
check-witnesses = Témoins
check-unit = Lieu de signature
check-appointment = Disponibilités
check-send-title = Envoyer votre pré-plainte
check-send-body = En envoyant cette pré-plainte, vous vous engagez à la signer dans les 30 jours au service choisi. Une fausse déclaration est punie par la loi (article 434-26 du code pénal).
check-declaration-legend = Déclaration sur l’honneur
check-declaration = Je certifie que les informations fournies sont exactes.
check-send-button = Envoyer la pré-plainte

## Confirmation
confirmation-title = Pré-plainte envoyée
confirmation-reference-label = Votre référence :
confirmation-sent-on = Envoyée le { $date }.
confirmation-email = Un e-mail de confirmation vous a été envoyé. Conservez cette référence : elle vous sera demandée.
confirmation-next-title = Prochaine étape : signer votre plainte
confirmation-deadline = Vous devez signer votre plainte au plus tard le { $date } (30 jours). Sans signature, la pré-plainte sera supprimée.
confirmation-next-body = Le service choisi vous contactera pour fixer un rendez-vous :
confirmation-bring-title = À apporter au rendez-vous
confirmation-bring-reference = votre référence de pré-plainte ;
confirmation-bring-identity = une pièce d’identité (et, pour une entreprise, un extrait Kbis ou un pouvoir) ;
confirmation-bring-proof = les justificatifs des objets (factures, photos, numéros de série) ;
confirmation-bring-bank = pour une carte bancaire, le relevé des opérations contestées.
confirmation-print = Vous pouvez imprimer cette page comme récépissé (Ctrl+P ou ⌘+P).

## Email
email-received-subject = Votre pré-plainte { $reference } a bien été reçue
email-greeting = Bonjour,
email-received-intro = Votre pré-plainte a bien été enregistrée. Elle sera examinée par un agent.
email-emergency = En cas d’urgence, appelez le 17 ou le 112, ou envoyez un SMS au 114. Ne répondez pas à ce message.
email-signature = Le service Plainte en ligne

## Agent workspace
agent-sign-in-title = Espace agents : connexion
agent-sign-in-intro = Réservé aux agents de la police et de la gendarmerie nationales. Chaque connexion est enregistrée.
agent-email = Adresse e-mail professionnelle
agent-password = Mot de passe
agent-sign-in-button = Se connecter
agent-code-title = Code de vérification
agent-code = Code à 6 chiffres
agent-code-hint = Affiché par votre application d’authentification.
agent-code-button = Valider
agent-enrol-title = Activer la vérification en deux étapes
agent-enrol-intro = Scannez ce code avec votre application d’authentification, puis saisissez le code à 6 chiffres qu’elle affiche.
agent-enrol-qr-label = Code QR à scanner avec l’application d’authentification
agent-enrol-manual = Si vous ne pouvez pas scanner le code, saisissez cette clé dans l’application :
agent-enrol-button = Activer et continuer
agent-error-credentials = Adresse e-mail ou mot de passe incorrect.
agent-error-too-many = Trop de tentatives. Réessayez dans 15 minutes.
agent-error-code = Ce code n’est pas valide. Vérifiez l’heure de votre téléphone et réessayez.
agent-error-code-used = Ce code a déjà été utilisé. Attendez le code suivant.
agent-sign-out = Se déconnecter
agent-nav-label = Espace agents
agent-nav-queue = File de traitement
agent-nav-statistics = Statistiques
agent-nav-admin = Administration
role-agent = Agent
role-supervisor = Superviseur
role-admin = Administrateur
agent-queue-title = File de traitement
agent-queue-counts = Dossiers par statut
agent-take-next = Prendre le dossier suivant
agent-filter-status = Statut
agent-filter-category = Catégorie
agent-filter-from = Arrivé à partir du
agent-filter-to = Arrivé jusqu’au
agent-filter-any = Tous
agent-filter-button = Filtrer
agent-queue-shown = { $count ->
    [one] 1 dossier affiché.
   *[other] { $count } dossiers affichés.
}
agent-queue-empty = Aucun dossier ne correspond.
agent-queue-nothing-to-claim = Aucun nouveau dossier à prendre.
agent-queue-next-page = Dossiers suivants
agent-queue-first-page = Retour au début de la file
agent-queue-pages = Pages de la file
agent-col-reference = Référence
agent-col-category = Catégorie
agent-col-status = Statut
agent-col-priority = Priorité
agent-col-age = Arrivé il y a
agent-col-owner = Pris en charge par
agent-priority-high = Haute
agent-priority-normal = Normale
agent-back-to-queue = Retour à la file
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] 1 heure
   *[other] { $count } heures
}
duration-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
}
category-pre-complaint = Pré-plainte
category-complaint = Plainte en ligne
category-discrimination = Discrimination
category-violence = Violences sexuelles et sexistes
status-new = Nouveau
status-in-review = En cours d’examen
status-appointment-proposed = Rendez-vous proposé
status-appointment-booked = Rendez-vous fixé
status-signed = Signée
status-converted-to-complaint = Transformée en plainte
status-referred = Orientée
status-more-information-requested = Informations demandées
status-rejected = Rejetée
status-closed = Clôturée
referral-other-unit = Un autre service
referral-defenseur-des-droits = Le Défenseur des droits
referral-prosecutor = Le procureur de la République

## Case page
case-title = Dossier { $reference }
case-submitted = Envoyé le
case-language = Langue du déclarant
case-sign-by = À signer au plus tard le { $date } (dans { $days } jours).
case-sign-by-passed = Le délai de signature a expiré le { $date }.
case-action-claim = Prendre en charge
case-action-release = Remettre dans la file
case-action-propose-appointment = Proposer ces créneaux
case-action-book-appointment = Réserver le rendez-vous
case-action-mark-signed = Plainte signée
case-action-convert-to-complaint = Transformer en plainte
case-action-refer = Orienter
case-action-request-information = Demander des informations
case-action-information-received = Informations reçues
case-action-reject = Rejeter
case-action-close = Clôturer
case-refer-to = Orienter vers
case-refer-note = Précision pour le service destinataire (facultatif)
case-reject-reason = Motif du rejet (communiqué au déclarant)
case-slots-title = Proposer des rendez-vous de signature
case-slots-hint = Jusqu’à trois créneaux, avant la fin du délai de signature. Le déclarant choisit par un lien reçu par e-mail.
case-slot-n = Créneau { $n }
case-slots-offered = Créneaux proposés
case-slot-chosen = choisi par le déclarant
case-assign-to = Confier à
case-assign = Confier le dossier
case-note-label = Note interne
case-note-hint = Jamais visible par le déclarant.
case-note-button = Ajouter la note
case-message-label = Message au déclarant
case-message-hint = Envoyé par e-mail dans sa langue. N’y mettez que ce qu’il peut lire sans risque.
case-message-button = Envoyer le message
case-messages-title = Messages avec le déclarant
case-messages-empty = Aucun message.
case-notes-title = Notes internes
case-notes-empty = Aucune note.
case-history-title = Historique
case-history-empty = Aucun changement.
case-history-line = { $action } : { $from } → { $to }
case-answers-title = Déclaration
case-error-already-claimed = Ce dossier est déjà pris en charge.
case-error-changed = Ce dossier vient d’être modifié par quelqu’un d’autre. Voici son état actuel.
case-error-deadline-passed = Le délai de signature de 30 jours est dépassé.
case-error-forbidden = Votre rôle ne permet pas cette action.
case-error-not-allowed = Cette action n’est pas possible dans l’état actuel du dossier.
case-error-not-claimed = Ce dossier n’est pas pris en charge.
case-error-not-owner = Seul l’agent qui a pris en charge ce dossier peut faire cela.
case-error-reason-required = Indiquez le motif.
case-error-reason-too-long = Le motif est trop long (1000 caractères au plus).
case-error-slot-format = Saisissez une date et une heure, par exemple 03/12/2026 10:30.
case-error-slot-past = Ce créneau est déjà passé.
case-error-slot-after-deadline = Ce créneau dépasse le délai de signature.
case-error-slot-none = Proposez au moins un créneau.
case-error-assign = Ce dossier ne peut pas être confié à cette personne.
error-required-note-body = Saisissez la note.
error-required-message-body = Saisissez le message.
error-required-name = Saisissez le nom.

## Appointment choice (citizen)
slot-title = Choisir votre rendez-vous
slot-intro = Pour signer votre pré-plainte { $reference }, choisissez l’un des créneaux proposés par le service.
slot-legend = Créneaux disponibles
slot-button = Confirmer ce rendez-vous
slot-booked-title = Rendez-vous confirmé
slot-booked-body = Votre rendez-vous est fixé au { $when }. Apportez votre référence et une pièce d’identité.
slot-gone-title = Ce lien ne fonctionne plus
slot-gone-body = Le rendez-vous a déjà été choisi, ou le délai est dépassé. Contactez le service indiqué dans votre e-mail.
email-message-subject = Message au sujet de votre déclaration { $reference }
email-message-intro = Un agent qui traite votre déclaration { $reference } vous écrit :
email-slots-subject = Choisissez votre rendez-vous de signature ({ $reference })
email-slots-intro = Pour signer votre pré-plainte { $reference }, le service vous propose les créneaux suivants :
email-slots-choose = Choisissez votre créneau en suivant ce lien :

## Statistics and administration
stats-title = Statistiques du service
stats-export = Télécharger ces chiffres (CSV)
stats-weeks-title = Délai avant la prise en charge, par semaine
stats-week = Semaine
stats-submitted = Reçus
stats-claimed = Pris en charge
stats-median = Délai médian
stats-p90 = 90 % pris en charge en moins de
stats-by-category = Par catégorie
stats-by-status = Par statut
admin-title = Administration des comptes
admin-name = Nom
admin-role = Rôle
admin-unit = Service
admin-unit-hint = Code du service, par exemple PN-69-LYON-01. Sans objet pour un administrateur.
admin-state = État
admin-actions = Actions
admin-state-active = Actif
admin-state-not-enrolled = Vérification en deux étapes à activer
admin-state-disabled = Désactivé
admin-disable = Désactiver
admin-add-title = Créer un compte
admin-add-intro = Un mot de passe est généré et affiché une seule fois : transmettez-le à l’agent par un canal sûr.
admin-add-button = Créer le compte
admin-created = Compte créé :
admin-password-once = Mot de passe (affiché une seule fois) :
admin-error-unit = Aucun service actif ne porte ce code.
admin-error-taken = Un compte existe déjà avec cette adresse.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Pour votre sécurité, cette session se ferme après { $minutes } minutes sans aucune action. Si vous ne faites rien, elle se fermera à { $time }. Toute action, ou le bouton ci-dessous, vous donne { $minutes } minutes de plus.
session-keep-button = Garder ma session ouverte
