## Discrimination report: start
discrimination-start-title = Signaler une discrimination
discrimination-start-lead = Une discrimination, c’est traiter une personne moins bien qu’une autre, dans une situation comparable, à cause d’un critère que la loi interdit de prendre en compte : son origine, son sexe, son âge, son handicap, sa religion, son orientation sexuelle, son lieu de résidence…
discrimination-start-danger = Si vous êtes en danger maintenant, appelez le 17 ou le 112, ou envoyez un SMS au 114. Si vous avez subi des violences physiques, rendez-vous au commissariat ou à la gendarmerie.
discrimination-start-law-title = Ce que dit la loi
discrimination-start-law-body = Le code pénal (articles 225-1 et 225-2) cite plus de vingt critères. Traiter quelqu’un moins bien pour l’un d’eux est un délit, notamment quand cela conduit à :
discrimination-start-law-offence = Ces délits sont punis de prison et d’amende, et plus lourdement encore lorsqu’ils sont commis par une personne dépositaire de l’autorité publique (article 432-7).
discrimination-start-routes-title = Deux démarches, que vous pouvez mener ensemble
discrimination-start-routes-intro = Vous pouvez signaler les faits à la police ou à la gendarmerie, saisir le Défenseur des droits, ou faire les deux.
discrimination-start-police-title = Signaler les faits à la police ou à la gendarmerie, avec ce formulaire
discrimination-start-police-body = Votre signalement est transmis au commissariat ou à la brigade de gendarmerie que vous choisissez. Un agent l’examine et peut vous contacter ; si les faits le justifient, il vous propose de porter plainte. À la fin du formulaire, vous pourrez accepter que votre dossier soit aussi transmis au Défenseur des droits.
discrimination-start-defenseur-title = Saisir le Défenseur des droits
discrimination-start-defenseur-body = Le Défenseur des droits est une autorité indépendante. Il vous écoute, vous conseille et peut agir pour faire respecter vos droits, même sans plainte. Son aide est gratuite.
discrimination-defenseur-phone = par téléphone, appel gratuit
discrimination-defenseur-chat = pour échanger en ligne avec un juriste
discrimination-defenseur-hours = Du lundi au vendredi, de 9 h à 18 h.
discrimination-start-need-title = Avant de commencer, rassemblez si possible
discrimination-start-need-when = la date et le lieu des faits, même approximatifs ;
discrimination-start-need-words = les mots prononcés ou écrits, le plus exactement possible ;
discrimination-start-need-people = ce que vous savez de l’auteur et des témoins ;
discrimination-start-need-email = une adresse e-mail, pour recevoir votre référence.
discrimination-start-evidence = Gardez toutes les preuves : messages, courriers, annonces, captures d’écran, noms des témoins. Elles seront utiles pour la suite.
discrimination-start-time = Comptez environ 10 minutes. Vos réponses sont enregistrées à chaque étape.
discrimination-start-button = Commencer

## Discrimination report: safety
discrimination-safety-title = Votre sécurité
discrimination-safety-danger = Vous-même ou quelqu’un d’autre êtes-vous en danger en ce moment ?
discrimination-safety-danger-hint = Si oui, appelez tout de suite le 17 ou le 112, ou envoyez un SMS au 114.
discrimination-safety-violence = Y a-t-il eu des violences physiques (coups, bousculade, agression) ?
discrimination-safety-violence-hint = Les violences se déclarent en personne, au commissariat ou à la gendarmerie.
discrimination-elsewhere-danger-title = Appelez les secours maintenant
discrimination-elsewhere-danger-body = En cas de danger, n’utilisez pas ce formulaire : appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
discrimination-elsewhere-danger-next = Une fois en sécurité, vous pourrez revenir signaler la discrimination.
discrimination-elsewhere-violence-title = Portez plainte au commissariat ou à la gendarmerie
discrimination-elsewhere-violence-body = Des violences physiques se déclarent en personne. Rendez-vous dans un commissariat de police ou une brigade de gendarmerie pour porter plainte, et dites pourquoi vous pensez avoir été visé : la loi punit plus sévèrement les violences commises en raison de l’origine, de la religion, du sexe, de l’orientation sexuelle ou de l’identité de genre de la victime.
discrimination-elsewhere-violence-next = Si vous avez été blessé, consultez un médecin : un certificat médical sera utile pour votre plainte. En cas d’urgence, appelez le 17 ou le 112.
discrimination-elsewhere-defenseur-title = Le Défenseur des droits peut aussi vous aider
discrimination-elsewhere-defenseur-body = Pour être écouté et conseillé sur la discrimination elle-même, contactez le Défenseur des droits, gratuitement :

## Discrimination report: role
discrimination-role-title = À quel titre faites-vous ce signalement ?
discrimination-reporter-victim = Je suis la victime
discrimination-reporter-victim-hint = La discrimination me visait personnellement.
discrimination-reporter-witness = Je suis témoin
discrimination-reporter-witness-hint = J’ai vu ou entendu les faits, sans être visé.
discrimination-reporter-representative = Je représente la victime
discrimination-reporter-representative-hint = Par exemple, je suis son parent ou son représentant légal, ou j’agis pour une association.

## Discrimination report: domain (code pénal, articles 225-2 et 432-7)
discrimination-domain-title = Dans quelle situation la discrimination a-t-elle eu lieu ?
discrimination-domain-hint = Choisissez la situation la plus proche. Si aucune ne convient, choisissez « Autre chose ».
discrimination-domain-goods-and-services = Le refus d’un bien ou d’un service
discrimination-domain-goods-and-services-hint = Dans un magasin, un restaurant, une discothèque, pour louer un logement, à la banque ou chez un assureur, pour un loisir.
discrimination-domain-economic-activity = Une entrave à une activité économique
discrimination-domain-economic-activity-hint = Par exemple, empêcher quelqu’un d’exercer son métier, ou refuser de travailler avec une entreprise ou un commerçant.
discrimination-domain-employment = Un refus d’embauche, une sanction ou un licenciement
discrimination-domain-employment-hint = Pendant un recrutement ou au travail.
discrimination-domain-conditional-offer = Une offre réservée à certaines personnes
discrimination-domain-conditional-offer-hint = Un bien, un service, une offre d’emploi ou de stage soumis à une condition liée à un critère interdit, par exemple une annonce qui écarte certaines personnes.
discrimination-domain-social-security-internship = Le refus d’un stage de formation professionnelle
discrimination-domain-social-security-internship-hint = Un des stages prévus par l’article L. 412-8 du code de la sécurité sociale.
discrimination-domain-public-official = Une discrimination par un agent public
discrimination-domain-public-official-hint = Une personne dépositaire de l’autorité publique ou chargée d’une mission de service public a refusé un droit prévu par la loi, ou a entravé une activité économique.
discrimination-domain-other = Autre chose
discrimination-domain-other-hint = Vous pourrez le décrire plus loin, dans votre récit.

## Discrimination report: criteria (code pénal, article 225-1)
discrimination-criteria-title = Selon vous, sur quel critère la discrimination était-elle fondée ?
discrimination-criteria-hint = Cochez tous les critères qui vous semblent concernés. Si vous ne savez pas, cochez seulement « Je ne sais pas ».
discrimination-criterion-origin = L’origine
discrimination-criterion-origin-hint = Le pays ou la région d’où l’on vient, ou dont on semble venir.
discrimination-criterion-sex = Le sexe
discrimination-criterion-family-situation = La situation de famille
discrimination-criterion-family-situation-hint = Être marié, divorcé, parent seul, avoir des enfants…
discrimination-criterion-pregnancy = La grossesse
discrimination-criterion-physical-appearance = L’apparence physique
discrimination-criterion-economic-vulnerability = La vulnérabilité due à la situation économique
discrimination-criterion-economic-vulnerability-hint = Être en situation de pauvreté ou de précarité, que cela se voie ou soit connu.
discrimination-criterion-surname = Le nom de famille
discrimination-criterion-place-of-residence = Le lieu de résidence
discrimination-criterion-place-of-residence-hint = Le quartier, la commune ou l’adresse où l’on habite.
discrimination-criterion-health = L’état de santé
discrimination-criterion-loss-of-autonomy = La perte d’autonomie
discrimination-criterion-loss-of-autonomy-hint = Due à l’âge, à une maladie ou à un accident.
discrimination-criterion-disability = Le handicap
discrimination-criterion-genetic-characteristics = Les caractéristiques génétiques
discrimination-criterion-genetic-characteristics-hint = Par exemple, un risque de maladie héréditaire.
discrimination-criterion-morals = Les mœurs
discrimination-criterion-morals-hint = La manière de vivre, les choix de vie personnels.
discrimination-criterion-sexual-orientation = L’orientation sexuelle
discrimination-criterion-gender-identity = L’identité de genre
discrimination-criterion-gender-identity-hint = Par exemple, être une personne transgenre.
discrimination-criterion-age = L’âge
discrimination-criterion-political-opinions = Les opinions politiques
discrimination-criterion-trade-union = Les activités syndicales
discrimination-criterion-language = La capacité à s’exprimer dans une langue autre que le français
discrimination-criterion-language-hint = Parler une langue étrangère ou régionale.
discrimination-criterion-ethnicity-nation-race-religion = L’appartenance ou la non-appartenance, vraie ou supposée, à une ethnie, une nation, une prétendue race ou une religion
discrimination-criterion-ethnicity-nation-race-religion-hint = Y compris une religion que l’on vous prête, ou le fait de ne pas en avoir.
discrimination-criterion-whistleblower = La qualité de lanceur d’alerte
discrimination-criterion-whistleblower-hint = Ou de facilitateur, ou de personne en lien avec un lanceur d’alerte.
discrimination-criterion-not-sure = Je ne sais pas
discrimination-criterion-not-sure-hint = À cocher seul. L’agent vous aidera à préciser.

## Discrimination report: words said or written
discrimination-words-title = Les propos tenus
discrimination-words-intro = Des paroles ou des écrits injurieux, diffamatoires ou qui provoquent à la haine peuvent être une infraction en plus de la discrimination.
discrimination-words-said = Des mots insultants, diffamatoires ou provocants ont-ils été dits ou écrits ?
discrimination-words-exact = Les mots exacts comptent : recopiez-les tels qu’ils ont été dits ou écrits, même s’ils sont grossiers. Ne les résumez pas.
discrimination-words-verbatim = Les mots dits ou écrits (si vous avez répondu oui)
discrimination-words-verbatim-hint = Mettez-les entre guillemets, et précisez qui les a dits ou écrits, et comment : à voix haute, par message, sur un réseau social…

## Discrimination report: author
discrimination-author-title = L’auteur des faits
discrimination-author-kind = Qui est l’auteur ?
discrimination-author-kind-person = Une personne
discrimination-author-kind-person-hint = Un particulier, un voisin, un client, un collègue…
discrimination-author-kind-company = Une entreprise ou une association
discrimination-author-kind-company-hint = Un commerce, un employeur, une agence immobilière, un propriétaire, une banque…
discrimination-author-kind-administration = Une administration ou un service public
discrimination-author-kind-administration-hint = Une mairie, une préfecture, un hôpital, une école, un agent public…
discrimination-author-known = Savez-vous qui c’est ?
discrimination-author-known-hint = Par exemple son nom, ou celui de l’entreprise ou du service.
discrimination-author-known-yes = Oui, je sais qui c’est
discrimination-author-known-no = Non, je ne sais pas
discrimination-author-name = Nom de la personne ou de l’organisme (facultatif)
discrimination-author-name-hint = Si vous le connaissez. Vous pouvez aussi indiquer sa fonction, par exemple « le gérant ».

## Discrimination report: when, where, account, witnesses, unit
discrimination-when-where-title = Quand et où les faits se sont-ils produits ?
discrimination-when-heading = Quand
discrimination-where-heading = Où
discrimination-place = Lieu précis (facultatif)
discrimination-place-hint = Nom du commerce, adresse, établissement, ou site internet si cela s’est passé en ligne.
discrimination-account-title = Racontez ce qui s’est passé
discrimination-account-intro = Décrivez les faits avec vos mots, dans l’ordre : ce que vous demandiez ou faisiez, ce qui a été dit ou refusé, et pourquoi vous pensez que c’est une discrimination.
discrimination-account-label = Votre récit
discrimination-account-hint = { $max } caractères au plus. Indiquez aussi les preuves que vous avez : messages, courriers, annonces.
discrimination-witnesses-any = Quelqu’un a-t-il vu ou entendu les faits ?
discrimination-unit-title = Quel service doit traiter votre signalement ?
discrimination-unit-intro = Choisissez le commissariat ou la brigade de gendarmerie qui recevra votre signalement, par exemple près du lieu des faits ou de chez vous. Un agent de ce service l’examinera et pourra vous contacter.
discrimination-error-unit = Choisissez le commissariat ou la brigade qui recevra votre signalement.

## Discrimination report: contact and consent
discrimination-contact-title = Vos coordonnées
discrimination-contact-intro = Elles permettent au service de vous contacter et de vous envoyer votre référence.
discrimination-contact-represented-legend = La victime que vous représentez
discrimination-contact-represented-name = Nom et prénom de la victime
discrimination-contact-organisation = Association (facultatif)
discrimination-contact-organisation-hint = Si vous agissez pour une association, indiquez son nom.
discrimination-contact-email-hint = Nous y enverrons votre référence et les messages de l’agent.
discrimination-contact-phone-hint = L’agent pourra vous appeler pour en savoir plus.
discrimination-consent-title = Transmettre aussi votre dossier au Défenseur des droits
discrimination-consent-body = Le Défenseur des droits peut agir en plus de la police : il peut proposer une médiation, faire des recommandations ou présenter des observations devant un tribunal. Avec votre accord, nous lui transmettons votre signalement.
discrimination-consent-legend = Votre accord (facultatif)
discrimination-consent-label = J’accepte que mon signalement soit aussi transmis au Défenseur des droits.
discrimination-consent-hint = Si vous ne cochez pas cette case, rien ne lui est transmis. Vous pouvez aussi le contacter vous-même au 3928.

## Discrimination report: check
discrimination-check-section-report = Votre signalement
discrimination-check-section-you = Vos coordonnées
discrimination-check-role = Vous êtes
discrimination-check-domain = Domaine
discrimination-check-criteria = Critères
discrimination-check-words = Propos tenus
discrimination-check-no-words = Aucun propos
discrimination-check-author = Auteur
discrimination-check-author-known = Connu, nom non indiqué
discrimination-check-author-unknown = Inconnu
discrimination-check-represented = Victime représentée
discrimination-check-consent = Transmission au Défenseur des droits
discrimination-check-consent-yes = Transmettre aussi le dossier
discrimination-check-consent-no = Ne pas transmettre le dossier
discrimination-check-unit = Service destinataire
discrimination-check-send-title = Envoyer votre signalement
discrimination-check-send-body = Votre signalement sera transmis au service choisi. Déclarer des faits que l’on sait faux est puni par la loi (articles 226-10 et 434-26 du code pénal).
discrimination-check-send-button = Envoyer le signalement

## Discrimination report: confirmation and email
discrimination-confirmation-title = Signalement envoyé
discrimination-confirmation-sent-on = Envoyé le { $date }.
discrimination-confirmation-email = Un e-mail de confirmation vous a été envoyé. Conservez cette référence : elle vous sera demandée.
discrimination-confirmation-next-title = Et ensuite ?
discrimination-confirmation-next = Votre signalement a été transmis à ce service. Un agent l’examinera et pourra vous contacter par e-mail ou par téléphone :
discrimination-confirmation-complaint = Si les faits le justifient, il vous proposera de porter plainte. Vous pouvez aussi porter plainte à tout moment dans un commissariat ou une brigade de gendarmerie, en donnant votre référence.
discrimination-confirmation-defenseur-title = Le Défenseur des droits
discrimination-confirmation-defenseur-body = Si vous l’avez accepté, votre dossier lui est aussi transmis. Vous pouvez le contacter directement, gratuitement :
discrimination-email-subject = Votre signalement { $reference } a bien été reçu
discrimination-email-intro = Votre signalement de discrimination a bien été enregistré. Un agent de ce service l’examinera et pourra vous contacter :
discrimination-email-defenseur = Le Défenseur des droits peut aussi vous aider, gratuitement : appelez le 3928 ou rendez-vous sur antidiscriminations.fr, du lundi au vendredi de 9 h à 18 h.

## Discrimination report: errors
error-choose-danger = Indiquez si quelqu’un est en danger en ce moment.
error-choose-reporter = Indiquez à quel titre vous faites ce signalement.
error-choose-domain = Choisissez la situation la plus proche de ce qui s’est passé.
error-choose-criteria = Cochez au moins un critère, ou « Je ne sais pas ».
error-criteria-not-sure-alone = « Je ne sais pas » ne peut pas être coché avec un autre critère.
error-choose-words-said = Indiquez si des propos ont été dits ou écrits.
error-required-words = Recopiez les mots dits ou écrits.
error-choose-author-kind = Indiquez qui est l’auteur.
error-choose-author-known = Indiquez si vous savez qui est l’auteur.
error-required-represented-name = Saisissez le nom de la victime.
