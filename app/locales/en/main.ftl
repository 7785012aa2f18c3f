## Page shell
service-name = Online complaint
skip-to-content = Skip to main content
language-switch-label = Language
emergency-banner-label = Emergency numbers
emergency-banner-title = In an emergency:
emergency-banner-call = call
emergency-banner-sms = or, if you cannot speak, text
footer-home = Home
footer-pre-complaint = Online pre-complaint (pré-plainte)
footer-privacy = A public service. No data is shared with third parties, and this site does not track you.
back = Back
continue = Continue
change = Change
remove = Remove
answer-yes = Yes
answer-no = No
go-home = Go back to the home page
step-of = Step { $step } of { $total }
date-hint = For example, 27/03/2025
reference-label = Reference { $reference }

## Home
home-title = Make a complaint or report an incident
home-lead = Report an offence, find out which procedure fits your situation, and get help. Some procedures can be done entirely online; others at the police station (commissariat) or gendarmerie unit (brigade) of your choice.
home-pre-complaint-title = Make a pre-complaint (pré-plainte) online
home-pre-complaint-body = For theft, burglary, damage, a scam or fraudulent use of your bank card, when you do not know who did it.
home-emergency-title = Useful numbers
number-17 = Police and gendarmerie emergencies
number-112 = European emergency number
number-114 = Emergencies by text message, for people who cannot speak or hear
number-3919 = Violences Femmes Info, helpline for women facing violence: free, anonymous, 24 hours a day
number-119 = Enfance en danger, for children at risk: 24 hours a day
number-116006 = France Victimes, support for victims: 7 days a week

## Problems
problem-not-found-title = Page not found
problem-not-found-body = The address may have been typed wrongly, or the page no longer exists.
problem-bad-request-title = Request not understood
problem-bad-request-body = Your browser sent a request we cannot process. Go back and try again.
problem-forbidden-title = Form expired
problem-forbidden-body = For your security, this form is no longer valid. Go back, reload the page and try again. The answers you have already saved are kept.
problem-too-large-title = Answer too long
problem-too-large-body = The form you sent is too large. Make your text shorter and try again.
problem-too-many-title = Too many attempts
problem-too-many-body = Wait a few minutes before you try again.
problem-server-error-title = Something went wrong
problem-server-error-body = The service has a problem. The answers you have already saved are kept. Try again in a few minutes.
problem-unavailable-title = Service temporarily unavailable
problem-unavailable-body = The service is temporarily unavailable. The answers you have already saved are kept. Try again in a few minutes.
problem-emergency = In an emergency, call 17 or 112, or text 114.
session-expired-title = Your session has expired
session-expired-body = We could not find your answers. They are deleted after 30 days without activity, or your browser may be blocking cookies. You can start your report again.
start-again = Start again

## Errors
error-title-prefix = Error:
error-summary-title = There is a problem
error-required = This information is required.
error-too-long = This text is too long.
error-invalid = This answer is not valid.
error-choose = Choose an answer.
error-email = Enter a valid email address, for example name@example.fr.
error-phone = Enter a valid phone number, for example 06 12 34 56 78.
error-postcode = Enter a 5-digit postcode, for example 75011.
error-date = Enter a valid date, for example 27/03/2025.
error-date-future = The date cannot be in the future.
error-time = Enter a valid time, for example 14:30.
error-range-order = The end date must be after the start date.
error-child-not-minor = The child must be under 18.
error-siret = A SIRET number has 14 digits.
error-imei = An IMEI number has 15 digits. Check it (dial *#06# on the phone to show it).
error-plate = Enter the registration number, for example AB-123-CD.
error-last-digits = Enter the last 4 digits of the card.
error-amount = Enter an amount in euros, for example 120.50.
error-too-many-items = You have reached the maximum number of items. Describe the others when you say what happened.
error-unit-search = Enter a postcode, a department (département) number or the name of a town.
error-choose-unit = Choose the police station or gendarmerie unit where you will sign.
## Field-specific errors (shown instead of the generic one when present)
error-required-surname = Enter your surname.
error-required-given-names = Enter your first names.
error-required-birth-date = Enter your date of birth.
error-required-birth-place = Enter your place of birth.
error-required-address = Enter your address.
error-required-postcode = Enter the postcode.
error-required-town = Enter the town or city.
error-required-email = Enter your email address.
error-required-child-surname = Enter the child’s surname.
error-required-child-given-names = Enter the child’s first names.
error-required-child-birth-date = Enter the child’s date of birth.
error-required-organisation-name = Enter the organisation’s registered name.
error-required-organisation-role = Enter your role in the organisation.
error-required-date = Enter the date it happened.
error-required-from = Enter the start of the period.
error-required-to = Enter the end of the period.
error-required-account = Describe what happened.
error-required-brand = Enter the make.
error-required-plate = Enter the registration number.
error-required-bank = Enter the name of the bank.
error-required-details = Say who the witnesses are and how to contact them.
error-choose-emergency = Say whether anyone is in danger.
error-choose-known-perpetrator = Say whether you know who did it.
error-choose-violence = Say whether there was any violence.
error-choose-declarant = Say who you are making this report for.
error-choose-mode = Say whether you know the exact date.
error-choose-offence = Choose what happened.
error-choose-add-item = Say whether you want to report an item.
error-choose-seen = Say whether you can describe the person.
error-choose-any = Say whether anyone saw what happened.
error-choose-time-of-day = Choose a time of day.
error-choose-blocked = Say whether you have cancelled (blocked) the card.
error-choose-fraudulent-payments = Say whether any payments were made without your consent.
error-choose-document = Choose the type of identity document.
item-summary = { $kind }: { $details }

error-declaration = Tick the box to confirm that your statement is accurate.

## Start
start-title = Make a pre-complaint (pré-plainte) online
start-lead = Report an offence against your property online, then sign your complaint at the police station (commissariat) or gendarmerie unit (brigade) of your choice.
start-covers-title = This service is for
start-unknown-perpetrator = only when you do not know who did it.
start-need-title = Before you start, have to hand
start-need-identity = your identity details and an email address
start-need-email = the date and place of the incident, even if you only know them roughly
start-need-items = a description of the stolen or damaged items (serial number, IMEI, registration number, last digits of the card)
start-next-title = What happens next
start-next-body = An officer will review your report and contact you to arrange an appointment. You must sign your complaint within 30 days. If you do not sign it, the pre-complaint is deleted.
start-time = It takes about 15 minutes. Your answers are saved at each step.
start-button = Start now

## Eligibility
eligibility-title = Your situation
eligibility-emergency = Is anyone in danger, or is it happening now?
eligibility-emergency-hint = If yes, call 17 or 112 straight away.
eligibility-known = Do you know who did it?
eligibility-known-hint = For example, you know their name, or you could identify them.
eligibility-violence = Was anyone injured, threatened or attacked, including sexually?
eligibility-violence-hint = Violence against people cannot be reported with a pre-complaint.

elsewhere-emergency-title = Call the emergency services now
elsewhere-emergency-body = If you are in immediate danger, do not use this service. Call 17 or 112. If you cannot speak, text 114.
elsewhere-emergency-next = When you are safe, you can come back and report what happened.
elsewhere-known-perpetrator-title = Go to a police station or gendarmerie
elsewhere-known-perpetrator-body = Online pre-complaints are only for incidents where you do not know who did it. If you know who did it, make your complaint directly at a police station (commissariat) or gendarmerie unit (brigade). You can also write to the public prosecutor (procureur de la République) at the court (tribunal judiciaire) for the place where it happened.
elsewhere-known-perpetrator-next = Bring an identity document and anything else that may help (photos, receipts, messages).
elsewhere-violence-title = Get help from a specialist service
elsewhere-violence-body = Violence against people cannot be reported with an online pre-complaint. Go to a police station (commissariat) or gendarmerie unit (brigade), where someone will see you. To talk to someone and get advice, you can call the numbers below.
elsewhere-violence-next = If you were injured, see a doctor. A medical certificate will help with your complaint.
elsewhere-internet-scam-title = Use the service for internet scams
elsewhere-internet-scam-body = Scams on the internet (fake adverts, fake shopping sites, online blackmail, phishing) are reported on THESEE, the government’s online service for internet scams. You can reach it from service-public.fr. For fraudulent card payments on the internet, use the Perceval service.
elsewhere-internet-scam-next = Contact your bank straight away to block your card (faire opposition). Keep all the evidence (screenshots, messages, statements).

## Declarant
declarant-title = Who are you making this report for?
declarant-myself = For myself
declarant-myself-hint = You are the victim.
declarant-minor-child = For my child (under 18)
declarant-minor-child-hint = You are their parent or legal guardian.
declarant-organisation = For a company or association
declarant-organisation-hint = You represent it.

## Identity
identity-title = Your identity and contact details
identity-intro = The service uses this information to contact you. It will appear on your complaint.
identity-you-legend = You
identity-declarant-legend = You, the person making the report
identity-child-legend = The child
identity-organisation-legend = The company or association
identity-organisation-name = Company or association name
identity-organisation-siret = SIRET number (optional)
identity-organisation-siret-hint = The 14-digit French business identification number.
identity-organisation-role = Your role
identity-surname = Surname
identity-given-names = First names
identity-birth-date = Date of birth
identity-birth-place = Place of birth
identity-birth-place-hint = Town and country.
identity-address-legend = Address
identity-address = House number and street
identity-postcode = Postcode
identity-town = Town or city
identity-country = Country (optional)
identity-country-hint = If you do not live in France.
identity-contact-legend = How we can contact you
identity-email = Email address
identity-email-hint = We will send the confirmation and your reference to this address.
identity-phone = Phone number (optional)
identity-phone-hint = The service may call you to arrange the appointment.

## When
when-title = When did it happen?
when-mode-legend = Do you know the exact date?
when-mode-exact = Yes, I know the date
when-mode-range = No, I only know roughly when
when-exact-heading = If you know the date
when-date = Date
when-time = Time (optional)
when-time-hint = Leave this blank if you do not know the time. For example, 14:30.
when-range-heading = If you only know roughly when
when-from = From
when-to = To

## Place
place-title = Where did it happen?
place-kind-legend = Type of place
place-kind-street = In the street or a public place
place-kind-home = At my home
place-kind-vehicle = In or on a vehicle
place-kind-transport = On public transport or at a station
place-kind-business = In a shop, restaurant or other premises
place-kind-work = At my place of work or study
place-kind-other = Somewhere else
place-address = Address or landmark (optional)
place-address-hint = For example, 12 rue de la République, or “outside the station”.
place-postcode = Postcode
place-town = Town or city
place-details = More details (optional)
place-details-hint = Bus or metro line, name of the shop, floor…

## Facts
facts-title = What happened?
facts-offence-legend = Type of incident
offence-theft = Theft
offence-theft-hint = Bag, bike or other item taken without violence.
offence-pickpocketing = Pickpocketing
offence-pickpocketing-hint = Wallet or phone taken from a pocket or bag.
offence-theft-from-vehicle = Theft from a vehicle
offence-theft-from-vehicle-hint = Items taken from inside a car.
offence-burglary = Burglary
offence-burglary-hint = Home, cellar, garage or business premises.
offence-vehicle-theft = Vehicle theft
offence-vehicle-theft-hint = Car, motorbike or scooter.
offence-damage = Damage or vandalism
offence-damage-hint = Graffiti, broken window, damaged vehicle.
offence-card-fraud = Fraudulent use of my bank card
offence-card-fraud-hint = Payments or cash withdrawals you did not make, other than on the internet.
offence-scam = A scam, other than on the internet
offence-scam-hint = Someone pretending to be an official, a bogus door-to-door seller, a fake cheque.
offence-internet-scam = A scam on the internet
offence-internet-scam-hint = Fake advert, fake website, phishing: there is a separate service for this.
facts-account = Describe what happened
facts-account-hint = Use your own words, in order: what you were doing, what you noticed, and what was taken or damaged.

## Items
items-title-empty = Stolen or damaged items
items-title = Your items
items-add-first = Do you want to report a stolen or damaged item?
items-add-another = Do you want to add another item?
items-hint = A phone, vehicle, bank card, identity document or any other item.
item-kind-title = What type of item is it?
item-kind-phone = A mobile phone
item-kind-vehicle = A vehicle
item-kind-bank-card = A bank card
item-kind-identity-document = An identity document
item-kind-other = Another item
item-title-phone = The phone
item-title-vehicle = The vehicle
item-title-bank-card = The bank card
item-title-identity-document = The identity document
item-title-other = The item
item-save = Save this item
item-brand = Make
item-model-optional = Model (optional)
item-imei = IMEI number (optional)
item-imei-hint = 15 digits, on the box or the receipt. It is used to block the phone.
item-vehicle-warning = Warning: until your complaint is signed, you are still responsible for this vehicle, including for any offences committed with it. Sign your complaint as soon as you can.
item-plate = Registration number
item-plate-hint = For example, AB-123-CD.
item-colour = Colour (optional)
item-bank = Bank
item-last-digits = Last 4 digits of the card
item-last-digits-hint = Never enter your full card number.
item-blocked = Have you blocked this card (faire opposition)?
item-blocked-hint = If you have not, call your bank or 0 892 705 705 straight away.
item-fraudulent = Were any payments or withdrawals made without your knowledge?
item-amount = Total amount (optional)
item-amount-hint = In euros, for example 120.50.
item-card-blocked = card blocked
item-card-not-blocked = card not blocked
item-card-fraud = fraudulent payments
item-card-fraud-amount = fraudulent payments: { $amount }
item-document = Type of document
document-identity-card = National identity card
document-passport = Passport
document-residence-permit = Residence permit (titre de séjour)
document-driving-licence = Driving licence
item-document-number = Document number (optional)
item-document-number-hint = You can find it on a photocopy or on the receipt for your application.
item-description = Description
item-description-hint = For example, grey laptop, blue bike.
item-serial = Serial number (optional)
item-value = Estimated value (optional)

## Perpetrator and witnesses
perpetrator-title = The person who did it
perpetrator-seen = Can you describe the person or people who did it?
perpetrator-seen-yes = Yes, I can describe them
perpetrator-seen-no = No, I do not know
perpetrator-description = Description (if you answered yes)
perpetrator-description-hint = How many people, what they looked like, clothes, vehicle, which way they went.
witnesses-title = Witnesses
witnesses-any = Did anyone see what happened?
witnesses-details = Witnesses (if you answered yes)
witnesses-details-hint = Their names, how to contact them, and what they saw.

## Unit and appointment
unit-title = Where do you want to sign your complaint?
unit-intro = Choose the police station (commissariat) or gendarmerie unit (brigade) where you will go to sign. They will contact you to arrange the appointment.
unit-search = Search by postcode, department (département) or town
unit-search-hint = For example, 69003, 13 or Rennes.
unit-search-button = Search
unit-results = { $count ->
    [one] 1 result found.
   *[other] { $count } results found.
}
unit-no-results = No results found. Try the department number or a nearby town.
unit-choose = Choose a police station or gendarmerie unit
unit-kind-police = National Police (Police nationale)
unit-kind-gendarmerie = National Gendarmerie (Gendarmerie nationale)
appointment-title = When you are available for the appointment
appointment-intro = The service will offer you an appointment to sign. Tell us what suits you.
appointment-days = Days that suit you (optional)
appointment-days-hint = Tick every day you could come. If you do not tick any, we will assume any day suits you.
appointment-any-day = Any day
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
appointment-time = Time of day
time-of-day-any = No preference
time-of-day-morning = Morning
time-of-day-afternoon = Afternoon
time-of-day-evening = Late afternoon or early evening
appointment-needs = Particular needs (optional)
appointment-needs-hint = An interpreter, wheelchair access, someone to come with you…

## Check
check-title = Check your answers before sending
check-section-you = You
check-section-facts = What happened
check-section-follow-up = Next steps
check-declarant = Who the report is for
check-organisation = Company or association
check-child = Child
check-name = Name
check-birth = Date and place of birth
check-address = Address
check-contact = Contact details
check-when = Date
check-when-exact-time = { $date } at { $time }
check-when-range = between { $from } and { $to }
check-place = Place
check-offence = Type of incident
check-account = Your account
check-items = Items
check-no-items = No items reported
check-perpetrator = Person who did it
check-witnesses = Witnesses
check-unit = Where you will sign
check-appointment = Availability
check-send-title = Send your pre-complaint
check-send-body = By sending this pre-complaint, you agree to sign it within 30 days at the police station or gendarmerie unit you chose. Making a false report is a criminal offence (article 434-26 of the French Criminal Code).
check-declaration-legend = Declaration on your honour
check-declaration = I certify that the information I have given is accurate.
check-send-button = Send pre-complaint

## Confirmation
confirmation-title = Pre-complaint sent
confirmation-reference-label = Your reference:
confirmation-sent-on = Sent on { $date }.
confirmation-email = We have sent you a confirmation email. Keep this reference. You will be asked for it.
confirmation-next-title = Next step: sign your complaint
confirmation-deadline = You must sign your complaint by { $date } (30 days). If you do not sign it, the pre-complaint will be deleted.
confirmation-next-body = The police station or gendarmerie unit you chose will contact you to arrange an appointment:
confirmation-bring-title = What to bring to the appointment
confirmation-bring-reference = your pre-complaint reference
confirmation-bring-identity = an identity document (and, for a company, a Kbis extract, which is its registration certificate, or a letter of authority)
confirmation-bring-proof = proof of the items (receipts, photos, serial numbers)
confirmation-bring-bank = for a bank card, the statement showing the payments you dispute
confirmation-print = You can print this page as a receipt (Ctrl+P or ⌘+P).

## Email
email-received-subject = We have received your pre-complaint { $reference }
email-greeting = Hello,
email-received-intro = We have received your pre-complaint. An officer will review it.
email-emergency = In an emergency, call 17 or 112, or text 114. Do not reply to this email.
email-signature = The Online complaint service

## Agent workspace
agent-sign-in-title = Agent workspace: sign in
agent-sign-in-intro = For National Police and National Gendarmerie staff only. Every sign-in is recorded.
agent-email = Work email address
agent-password = Password
agent-sign-in-button = Sign in
agent-code-title = Verification code
agent-code = 6-digit code
agent-code-hint = Shown in your authenticator app.
agent-code-button = Verify
agent-enrol-title = Turn on two-step verification
agent-enrol-intro = Scan this code with your authenticator app, then enter the 6-digit code it shows.
agent-enrol-qr-label = QR code to scan with your authenticator app
agent-enrol-manual = If you cannot scan the code, enter this key in the app:
agent-enrol-button = Turn on and continue
agent-error-credentials = The email address or password is incorrect.
agent-error-too-many = Too many attempts. Try again in 15 minutes.
agent-error-code = This code is not valid. Check the time on your phone and try again.
agent-error-code-used = This code has already been used. Wait for the next code.
agent-sign-out = Sign out
agent-nav-label = Agent workspace
agent-nav-queue = Case queue
agent-nav-statistics = Statistics
agent-nav-admin = Administration
role-agent = Agent
role-supervisor = Supervisor
role-admin = Administrator
agent-queue-title = Case queue
agent-queue-counts = Cases by status
agent-take-next = Take the next case
agent-filter-status = Status
agent-filter-category = Category
agent-filter-from = Received on or after
agent-filter-to = Received on or before
agent-filter-any = All
agent-filter-button = Filter
agent-queue-shown = { $count ->
    [one] 1 case shown.
   *[other] { $count } cases shown.
}
agent-queue-empty = No cases match.
agent-queue-nothing-to-claim = There are no new cases to take.
agent-queue-next-page = Next cases
agent-queue-first-page = Back to the start of the queue
agent-queue-pages = Queue pages
agent-col-reference = Reference
agent-col-category = Category
agent-col-status = Status
agent-col-priority = Priority
agent-col-age = Time since arrival
agent-col-owner = Handled by
agent-priority-high = High
agent-priority-normal = Normal
agent-back-to-queue = Back to the queue
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
duration-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
category-pre-complaint = Pre-complaint
category-complaint = Online complaint
category-discrimination = Discrimination
category-violence = Sexual and sexist violence
status-new = New
status-in-review = In review
status-appointment-proposed = Appointment offered
status-appointment-booked = Appointment booked
status-signed = Signed
status-converted-to-complaint = Converted to a complaint
status-referred = Referred
status-more-information-requested = Information requested
status-rejected = Rejected
status-closed = Closed
referral-other-unit = Another unit
referral-defenseur-des-droits = The Défenseur des droits (the French rights ombudsman)
referral-prosecutor = The public prosecutor (procureur de la République)

## Case page
case-title = Case { $reference }
case-submitted = Submitted
case-language = Language of the person reporting
case-sign-by = Signing deadline: { $date } (days left: { $days }).
case-sign-by-passed = The signing deadline passed on { $date }.
case-action-claim = Take this case
case-action-release = Return to the queue
case-action-propose-appointment = Offer these time slots
case-action-book-appointment = Book the appointment
case-action-mark-signed = Complaint signed
case-action-convert-to-complaint = Convert to a complaint
case-action-refer = Refer
case-action-request-information = Request information
case-action-information-received = Information received
case-action-reject = Reject
case-action-close = Close
case-refer-to = Refer to
case-refer-note = Note for the recipient (optional)
case-reject-reason = Reason for rejection (this will be sent to the person reporting)
case-slots-title = Offer appointments for signing
case-slots-hint = Up to 3 time slots, before the signing deadline. The person reporting chooses one using a link sent by email.
case-slot-n = Time slot { $n }
case-slots-offered = Time slots offered
case-slot-chosen = chosen by the person reporting
case-assign-to = Assign to
case-assign = Assign case
case-note-label = Internal note
case-note-hint = The person reporting never sees this.
case-note-button = Add note
case-message-label = Message to the person reporting
case-message-hint = Sent by email in their language. Only write what is safe for them to read.
case-message-button = Send message
case-messages-title = Messages with the person reporting
case-messages-empty = No messages.
case-notes-title = Internal notes
case-notes-empty = No notes.
case-history-title = History
case-history-empty = No changes.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Statement
case-error-already-claimed = This case has already been taken.
case-error-changed = Someone else has just changed this case. You are now seeing its current state.
case-error-deadline-passed = The 30-day signing deadline has passed.
case-error-forbidden = Your role does not allow this action.
case-error-not-allowed = This action is not possible with the case’s current status.
case-error-not-claimed = Nobody has taken this case.
case-error-not-owner = Only the agent who took this case can do this.
case-error-reason-required = Enter the reason.
case-error-reason-too-long = The reason must be 1000 characters or fewer.
case-error-slot-format = Enter a date and time, for example 03/12/2026 10:30.
case-error-slot-past = This time slot is in the past.
case-error-slot-after-deadline = This time slot is after the signing deadline.
case-error-slot-none = Offer at least one time slot.
case-error-assign = This case cannot be assigned to this person.
error-required-note-body = Enter the note.
error-required-message-body = Enter the message.
error-required-name = Enter the name.

## Appointment choice (citizen)
slot-title = Choose your appointment
slot-intro = To sign your pre-complaint { $reference }, choose one of the times offered by the police station or gendarmerie unit.
slot-legend = Available times
slot-button = Confirm this appointment
slot-booked-title = Appointment confirmed
slot-booked-body = Your appointment is booked for { $when }. Bring your reference and an identity document.
slot-gone-title = This link no longer works
slot-gone-body = An appointment has already been chosen, or the deadline has passed. Contact the police station or gendarmerie unit named in your email.
email-message-subject = A message about your report { $reference }
email-message-intro = An officer dealing with your report { $reference } has written to you:
email-slots-subject = Choose a time to sign your complaint ({ $reference })
email-slots-intro = To sign your pre-complaint { $reference }, you can choose one of these times:
email-slots-choose = Follow this link to choose your time:

## Statistics and administration
stats-title = Unit statistics
stats-export = Download these figures (CSV)
stats-weeks-title = Time until cases are taken, by week
stats-week = Week
stats-submitted = Received
stats-claimed = Taken
stats-median = Median time
stats-p90 = 90% taken within
stats-by-category = By category
stats-by-status = By status
admin-title = Manage accounts
admin-name = Name
admin-role = Role
admin-unit = Unit
admin-unit-hint = The unit’s code, for example PN-69-LYON-01. Not needed for an administrator.
admin-state = Status
admin-actions = Actions
admin-state-active = Active
admin-state-not-enrolled = Two-step verification not turned on yet
admin-state-disabled = Disabled
admin-disable = Disable
admin-add-title = Create an account
admin-add-intro = A password is generated and shown only once. Give it to the agent through a secure channel.
admin-add-button = Create account
admin-created = Account created:
admin-password-once = Password (shown only once):
admin-error-unit = No active unit has this code.
admin-error-taken = There is already an account with this email address.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = For your safety, this session ends after { $minutes } minutes without any action. If you do nothing, it ends at { $time }. Any action, or the button below, gives you { $minutes } more minutes.
session-keep-button = Keep my session open
