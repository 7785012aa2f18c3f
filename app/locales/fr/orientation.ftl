# Orientation (questions et destinations), pages d’information, numéros d’aide.
# Des mots simples pour des personnes qui peuvent être sous le choc : phrases courtes, pas de jargon.

## Page d’accueil et pied de page

orientation-home-title = Que s’est-il passé ? Trouvez la bonne démarche
orientation-home-body = Répondez à quelques questions courtes. Nous vous indiquons comment signaler les faits, ou qui appeler. Vos réponses ne sont pas enregistrées.
orientation-home-start = Commencer
orientation-home-direct = Aller directement à une démarche
orientation-home-complaint-title = Porter plainte entièrement en ligne
orientation-home-complaint-body = Pour les mêmes infractions qu’une pré-plainte, si vous pouvez prouver votre identité avec FranceConnect. Sans vous déplacer au commissariat.
orientation-home-discrimination-title = Signaler une discrimination
orientation-home-discrimination-body = Si vous avez été moins bien traité(e) en raison de votre origine, de votre sexe, d’un handicap, de votre âge, de votre religion ou d’un autre motif.
orientation-home-internet-title = Signaler une escroquerie sur internet
orientation-home-internet-body = Fausses annonces, faux sites marchands, hameçonnage, ou paiements sur internet avec votre carte que vous n’avez pas faits.
orientation-home-support-title = Aide et soutien
orientation-home-support-body = Des numéros gratuits pour parler à quelqu’un, de jour comme de nuit, et des moyens de signaler des violences, y compris sexuelles.
orientation-home-ddd-title = Un problème avec un service public
orientation-home-ddd-body = Le Défenseur des droits, autorité indépendante, peut vous aider gratuitement.
orientation-home-all-numbers = Tous les numéros et leurs horaires
orientation-footer-start = Trouver la bonne démarche
orientation-find-procedure = Vous ne savez pas quoi faire ? Trouvez la bonne démarche
orientation-restart = Recommencer avec d’autres réponses

## Questions

orientation-q-danger-title = Quelqu’un est-il en danger en ce moment ?
orientation-q-danger-hint = Par exemple, une personne est blessée ou menacée, ou l’auteur est encore à proximité.
orientation-a-danger-yes = Oui, quelqu’un est en danger en ce moment
orientation-a-danger-no = Non, personne n’est en danger en ce moment
orientation-error-danger = Indiquez si quelqu’un est en danger en ce moment.

orientation-q-what-title = Que s’est-il passé ?
orientation-q-what-hint = Si plusieurs choses se sont passées, choisissez la plus grave.
orientation-a-what-property = On m’a volé ou abîmé quelque chose, ou on m’a escroqué de l’argent
orientation-a-what-property-hint = Vol, cambriolage, dégradation ou vandalisme, utilisation frauduleuse de ma carte bancaire, escroquerie
orientation-a-what-violence = Quelqu’un m’a frappé(e), blessé(e) ou menacé(e)
orientation-a-what-violence-hint = Violences physiques ou menaces, par un inconnu ou par une personne que je connais
orientation-a-what-sexual-violence = Des violences sexuelles ou sexistes
orientation-a-what-sexual-violence-hint = Harcèlement sexuel, agression sexuelle, viol, insultes ou comportements sexistes – contre moi ou contre une autre personne
orientation-a-what-discrimination = J’ai été moins bien traité(e) à cause de ce que je suis
orientation-a-what-discrimination-hint = Discrimination : en raison de mon origine, de mon sexe, d’un handicap, de mon âge, de ma religion, de mon orientation sexuelle, de mon état de santé, de mon lieu de résidence…
orientation-a-what-public-service = Un service public m’a traité(e) injustement
orientation-a-what-public-service-hint = Un problème avec une administration ou un service public, par exemple les impôts, la CAF, France Travail ou un hôpital public
orientation-a-what-other = Autre chose
orientation-a-what-other-hint = Aucune de ces réponses ne correspond à ce qui s’est passé
orientation-error-what = Choisissez ce qui s’est passé.

orientation-q-internet-title = Les faits se sont-ils passés sur internet ?
orientation-q-internet-hint = Par exemple, une fausse annonce ou un faux site, un message qui demande vos coordonnées bancaires, ou des paiements sur internet avec votre carte.
orientation-a-internet-yes = Oui, sur internet
orientation-a-internet-no = Non, pas sur internet
orientation-error-internet = Indiquez si les faits se sont passés sur internet.

orientation-q-known-title = Savez-vous qui est l’auteur ?
orientation-q-known-hint = Par exemple, vous connaissez son nom, ou vous pourriez dire où le trouver.
orientation-a-known-yes = Oui, je sais qui est l’auteur
orientation-a-known-no = Non, je ne sais pas qui est l’auteur
orientation-error-known = Indiquez si vous savez qui est l’auteur.

orientation-q-identity-title = Pouvez-vous prouver votre identité en ligne avec FranceConnect ?
orientation-q-identity-hint = FranceConnect vous permet de vous connecter aux services publics avec un compte que vous avez déjà, par exemple sur impots.gouv.fr ou ameli.fr, ou avec l’application Identité Numérique La Poste.
orientation-a-identity-yes = Oui, je peux utiliser FranceConnect
orientation-a-identity-no = Non, je ne peux pas l’utiliser
orientation-a-identity-not-sure = Je ne sais pas
orientation-error-identity = Indiquez si vous pouvez utiliser FranceConnect.

## Destinations

orientation-dest-emergency-title = Appelez les secours maintenant
orientation-dest-emergency-lead = Si vous ou une autre personne êtes en danger, appelez maintenant. Ces appels sont gratuits, de jour comme de nuit.
orientation-dest-emergency-safe = Quand vous serez en sécurité, vous pourrez revenir sur ce site pour signaler ce qui s’est passé.

orientation-dest-pre-complaint-title = Faire une pré-plainte en ligne
orientation-dest-pre-complaint-lead = La pré-plainte correspond à votre situation. Vous décrivez les faits en ligne, puis vous signez votre plainte au commissariat ou à la brigade de gendarmerie de votre choix.
orientation-dest-pre-complaint-body = Comptez environ 15 minutes. Le commissariat ou la brigade que vous choisissez vous contacte ensuite pour fixer un rendez-vous. Vous devez signer dans les 30 jours.
orientation-dest-pre-complaint-action = Commencer ma pré-plainte

orientation-dest-online-complaint-title = Porter plainte en ligne
orientation-dest-online-complaint-lead = Comme vous pouvez prouver votre identité avec FranceConnect, vous pouvez porter plainte entièrement en ligne, sans vous déplacer au commissariat ou à la gendarmerie.
orientation-dest-online-complaint-body = Vous vous connectez avec FranceConnect, vous décrivez les faits et vous envoyez votre plainte. Votre plainte est conservée 6 mois.
orientation-dest-online-complaint-action = Commencer ma plainte en ligne
orientation-dest-online-complaint-other-title = Si FranceConnect ne fonctionne pas pour vous
orientation-dest-online-complaint-other = Vous pouvez faire une pré-plainte à la place, et la signer au commissariat ou à la brigade de gendarmerie de votre choix.
orientation-dest-online-complaint-other-link = Faire une pré-plainte

orientation-dest-discrimination-title = Signaler une discrimination
orientation-dest-discrimination-lead = Traiter une personne moins bien en raison de son origine, de son sexe, d’un handicap, de son âge, de sa religion ou d’un autre motif prévu par la loi, c’est une discrimination. C’est interdit par la loi. Vous avez deux moyens d’agir, et vous pouvez utiliser les deux.
orientation-dest-discrimination-police-title = Le signaler à la police et à la gendarmerie
orientation-dest-discrimination-police = Décrivez les faits sur ce portail. Un agent lit votre signalement et vous contacte. Il peut mener à une plainte et à une enquête.
orientation-dest-discrimination-action = Signaler une discrimination
orientation-dest-discrimination-ddd-title = Ou contacter le Défenseur des droits
orientation-dest-discrimination-ddd = Le Défenseur des droits est une autorité publique indépendante. Son aide est gratuite. Il peut vous conseiller, chercher une solution à l’amiable et vous accompagner si vous allez en justice.

orientation-dest-support-title = Aide et soutien
orientation-dest-support-lead = Vous n’êtes pas seul(e), et ce qui s’est passé n’est pas de votre faute. Des personnes sont là pour vous écouter, gratuitement, que cela vous soit arrivé à vous ou à un proche.
orientation-dest-support-talk-title = Parler à quelqu’un
orientation-dest-support-report-title = Signaler ce qui s’est passé
orientation-dest-support-report = Sur la plateforme nationale ci-dessous, vous pouvez échanger par écrit (tchat) avec un policier ou un gendarme, à tout moment, sans donner votre nom. Il peut vous conseiller et vous aider à porter plainte.

orientation-dest-internet-title = Signaler une escroquerie sur internet
orientation-dest-internet-lead = Les escroqueries et les fraudes à la carte bancaire sur internet sont traitées par des services en ligne dédiés, pas par une pré-plainte.
orientation-dest-internet-scam-title = Une escroquerie sur internet
orientation-dest-internet-scam = Fausses annonces, faux sites marchands, chantage, faux placements, hameçonnage : signalez-le sur THESEE, le service en ligne de la police et de la gendarmerie pour les escroqueries sur internet. Vous le trouverez sur service-public.fr.
orientation-dest-internet-card-title = Des paiements avec votre carte que vous n’avez pas faits
orientation-dest-internet-card = Si les données de votre carte ont été utilisées sur internet alors que vous avez toujours votre carte, signalez-le sur Perceval, le service en ligne pour les fraudes à la carte bancaire. Vous le trouverez aussi sur service-public.fr.
orientation-dest-internet-site-title = Un site ou un message frauduleux
orientation-dest-internet-site = Pour signaler un site, une annonce ou un message contraire à la loi, utilisez le service officiel de signalement :
orientation-dest-internet-now = Contactez tout de suite votre banque pour faire opposition sur votre carte. Gardez toutes les preuves : captures d’écran, messages, courriels et relevés bancaires.

orientation-dest-defenseur-des-droits-title = Contacter le Défenseur des droits
orientation-dest-defenseur-des-droits-lead = Quand un service public vous traite injustement, le Défenseur des droits peut vous aider. C’est une autorité publique indépendante, et son aide est gratuite.
orientation-dest-defenseur-des-droits-body = Il s’occupe des problèmes avec les services publics (par exemple les impôts, la CAF, France Travail ou un hôpital public), des discriminations, des droits de l’enfant et du comportement des forces de sécurité. Essayez d’abord de régler le problème avec le service concerné, et gardez une copie de vos courriers et courriels.

orientation-dest-station-known-author-title = Rendez-vous au commissariat ou à la gendarmerie
orientation-dest-station-known-author-lead = Votre situation se traite sur place. Un agent vous écoutera et enregistrera votre plainte.
orientation-dest-station-known-author-reason = Pourquoi : vous savez qui est l’auteur. La pré-plainte en ligne est réservée aux faits dont l’auteur est inconnu. Vous pouvez aussi écrire au procureur de la République.
orientation-dest-station-violence-title = Rendez-vous au commissariat ou à la gendarmerie
orientation-dest-station-violence-lead = Les violences et les menaces se traitent sur place, pour qu’un agent puisse vous écouter et vous protéger si besoin.
orientation-dest-station-violence-reason = Pourquoi : les violences et les menaces contre une personne ne peuvent pas être signalées en ligne sur ce portail. Si vous avez été blessé(e), consultez un médecin : un certificat médical aidera votre plainte.
orientation-dest-station-other-title = Rendez-vous au commissariat ou à la gendarmerie
orientation-dest-station-other-lead = Un agent vous écoutera et vous dira ce que vous pouvez faire.
orientation-dest-station-other-reason = Pourquoi : ce portail ne couvre pas encore votre situation.
orientation-station-any = Vous pouvez vous rendre dans n’importe quel commissariat ou brigade de gendarmerie. Ils doivent prendre votre plainte, même si les faits ont eu lieu ailleurs.
orientation-station-bring = Apportez une pièce d’identité et tout ce qui peut aider : photos, messages, tickets de caisse, noms des témoins.

orientation-ddd-phone = Par téléphone :
orientation-ddd-hours = (de 9 h à 18 h)
orientation-ddd-chat = Par tchat, pour les discriminations :
orientation-ddd-website = Sur son site :

## Numéros d’aide

helpline-17-name = Police et gendarmerie secours
helpline-17-hours = 24 h sur 24, 7 jours sur 7. Gratuit.
helpline-112-name = Numéro d’urgence européen, depuis n’importe quel téléphone en Europe
helpline-112-hours = 24 h sur 24, 7 jours sur 7. Gratuit.
helpline-15-name = Urgences médicales (SAMU)
helpline-15-hours = 24 h sur 24, 7 jours sur 7. Gratuit.
helpline-18-name = Sapeurs-pompiers
helpline-18-hours = 24 h sur 24, 7 jours sur 7. Gratuit.
helpline-114-name = Urgences par SMS, si vous ne pouvez pas parler ou entendre, ou si vous ne pouvez pas parler parce que quelqu’un est près de vous
helpline-114-hours = Par SMS, 24 h sur 24, 7 jours sur 7. Gratuit.
helpline-3919-name = Violences Femmes Info : écoute et conseils pour les femmes victimes de violences et leur entourage
helpline-3919-hours = 24 h sur 24, 7 jours sur 7. Gratuit et anonyme.
helpline-119-name = Allô Enfance en danger : pour les enfants et les adolescents en danger, et les adultes inquiets pour eux
helpline-119-hours = 24 h sur 24, 7 jours sur 7. Gratuit, et l’appel n’apparaît pas sur la facture de téléphone.
helpline-116006-name = France Victimes : aide aux victimes de toute infraction
helpline-116006-hours = 7 jours sur 7, de 9 h à 19 h. Gratuit.
helpline-3018-name = Violences sur internet : cyberharcèlement, menaces, images intimes diffusées sans accord
helpline-3018-hours = Gratuit, anonyme et confidentiel.
helpline-3928-name = Défenseur des droits : discriminations et problèmes avec les services publics
helpline-3928-hours = De 9 h à 18 h.

## Pages d’information

guide-more-title = Informations utiles
guide-pre-complaint-start = Commencer une pré-plainte

guide-pre-complaint-title = Comment fonctionne la pré-plainte
guide-pre-complaint-lead = La pré-plainte vous permet de commencer votre plainte en ligne, pour passer moins de temps au commissariat ou à la gendarmerie.
guide-pc-declare-title = 1. Vous décrivez les faits, en ligne
guide-pc-declare-body = Vous indiquez quand et où les faits ont eu lieu, ce qui a été volé ou abîmé, et comment vous contacter. Comptez environ 15 minutes, à toute heure du jour ou de la nuit.
guide-pc-unit-title = 2. Vous choisissez où signer
guide-pc-unit-body = Vous choisissez le commissariat ou la brigade de gendarmerie où vous voulez signer, et les jours et horaires qui vous conviennent.
guide-pc-contact-title = 3. Le service vous contacte
guide-pc-contact-body = Un agent lit votre pré-plainte et vous contacte, par courriel ou par téléphone, pour vous proposer un rendez-vous.
guide-pc-sign-title = 4. Vous signez votre plainte dans les 30 jours
guide-pc-sign-body = Votre plainte n’existe qu’une fois signée au commissariat ou à la brigade. Apportez votre pièce d’identité et votre référence.
guide-pc-sign-lapse = Si vous ne signez pas dans les 30 jours, la pré-plainte est annulée et ses données sont supprimées.
guide-pc-covers-title = À quoi sert la pré-plainte
guide-pc-covers-body = Aux atteintes à vos biens, quand vous ne savez pas qui est l’auteur :
guide-pc-covers-theft = vol, y compris vol à la tire et vol dans un véhicule
guide-pc-covers-burglary = cambriolage
guide-pc-covers-vehicle = vol de véhicule
guide-pc-covers-damage = dégradations et vandalisme
guide-pc-covers-card = utilisation frauduleuse de votre carte bancaire
guide-pc-covers-scam = escroquerie qui ne s’est pas passée sur internet
guide-pc-who-title = Qui peut la faire
guide-pc-who-victim = la victime
guide-pc-who-parent = un parent ou le représentant légal, pour un enfant de moins de 18 ans
guide-pc-who-organisation = le représentant d’une entreprise ou d’une association
guide-pc-not-title = Quand ce n’est pas la bonne démarche
guide-pc-not-body = Si quelqu’un est en danger, appelez le 17 ou le 112. Si vous savez qui est l’auteur, ou s’il y a eu des violences contre une personne, rendez-vous au commissariat ou à la gendarmerie. Les escroqueries sur internet ont leur propre service en ligne.

guide-what-to-bring-title = Ce qu’il faut apporter pour signer
guide-what-to-bring-lead = Apportez ces documents à votre rendez-vous. Ils aident l’agent à enregistrer votre plainte rapidement.
guide-bring-always-title = Dans tous les cas
guide-bring-identity = Une pièce d’identité : carte d’identité, passeport, titre de séjour ou permis de conduire.
guide-bring-reference = La référence de votre pré-plainte, par exemple PP-7K3Q-9MXD-C. Elle figure sur votre récépissé et dans le courriel que vous avez reçu.
guide-bring-items-title = Pour ce qui a été volé ou abîmé
guide-bring-items-body = Apportez ce que vous avez, même si c’est incomplet :
guide-bring-ownership = des preuves que les objets sont à vous : factures, tickets de caisse, photos, boîtes ou certificats de garantie ;
guide-bring-phone = pour un téléphone : son numéro IMEI, inscrit sur la boîte ou sur la facture (votre opérateur peut aussi vous le donner) ;
guide-bring-vehicle = pour un véhicule : le certificat d’immatriculation (carte grise) et les clés qui vous restent ;
guide-bring-card = pour une carte bancaire : vos relevés de compte avec les paiements que vous n’avez pas faits, et la preuve de votre opposition ;
guide-bring-damage = pour des dégradations : des photos, et des devis ou factures de réparation.
guide-bring-other-title = Si vous agissez pour une autre personne
guide-bring-other-body = Pour un enfant de moins de 18 ans, apportez un document qui prouve que vous êtes son parent ou son représentant légal. Pour une entreprise ou une association, apportez un document qui prouve que vous pouvez agir en son nom.
guide-bring-missing-title = S’il vous manque quelque chose
guide-bring-missing-body = Venez quand même. Vous pourrez donner les documents manquants plus tard.

guide-data-retention-title = Combien de temps vos données sont conservées
guide-data-retention-lead = Nous gardons vos informations seulement le temps nécessaire, puis nous les supprimons définitivement.
guide-data-periods-title = Durées de conservation
guide-data-pre-complaint = Une pré-plainte qui n’est pas signée : supprimée 30 jours après son envoi.
guide-data-complaint = Une plainte en ligne : conservée 6 mois.
guide-data-draft = Un formulaire commencé mais pas envoyé : supprimé après 30 jours.
guide-data-signed-title = Une fois votre plainte signée
guide-data-signed-body = Une plainte signée fait partie d’une procédure de police ou de gendarmerie. Elle suit alors les règles de ces dossiers.
guide-data-never-title = Ce que nous n’enregistrons jamais
guide-data-never-body = Nous n’enregistrons ni votre adresse IP, ni le navigateur que vous utilisez. Ce site n’a ni publicité ni suivi, et il ne charge rien depuis d’autres sites.
guide-data-deleted-title = Ce que veut dire « supprimé »
guide-data-deleted-body = À la fin du délai, vos réponses sont effacées de notre base de données. Personne ne peut les récupérer, pas même nous.

guide-anonymity-title = Signaler sans donner son nom
guide-anonymity-lead = Certains signalements peuvent se faire sans donner votre nom. Une plainte, non : elle demande votre identité.
guide-anon-records-title = Ce que le portail enregistre
guide-anon-records-body = Seulement ce que vous écrivez dans les formulaires, et un cookie qui disparaît quand vous fermez votre navigateur. Ce cookie sert à garder vos réponses d’une page à l’autre.
guide-anon-not-title = Ce que le portail n’enregistre pas
guide-anon-not-ip = votre adresse IP ou le navigateur que vous utilisez ;
guide-anon-not-tracking = les pages que vous visitez : il n’y a ni suivi ni publicité ;
guide-anon-not-mail = votre adresse électronique, sauf si vous choisissez de la donner.
guide-anon-report-title = À quoi peut mener un signalement anonyme
guide-anon-report-body = Un signalement anonyme est lu par des policiers ou des gendarmes. Il peut quand même mener à une enquête, par exemple quand plusieurs signalements concernent la même personne ou le même lieu.
guide-anon-complaint-title = Pourquoi une plainte demande votre identité
guide-anon-complaint-body = Une plainte lance une procédure judiciaire en votre nom. La police, la gendarmerie et la justice doivent savoir qui vous êtes et comment vous joindre.
guide-anon-complaint-address = Si vous craignez pour votre sécurité, dites-le à l’agent. Vous pouvez demander à déclarer l’adresse du commissariat ou de la gendarmerie à la place de votre adresse personnelle.
guide-anon-device-title = Sur un téléphone ou un ordinateur partagé
guide-anon-device-body = L’historique de votre navigateur peut montrer les pages que vous avez consultées. Utilisez une fenêtre de navigation privée, ou effacez votre historique ensuite.

guide-support-numbers-title = Numéros d’urgence et d’aide
guide-support-numbers-lead = En cas d’urgence, appelez le 17 ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.
guide-numbers-emergency-title = Urgences
guide-numbers-support-title = Quelqu’un pour vous écouter et vous aider
