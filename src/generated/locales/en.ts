
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sa1d7c581e3d21970': str`Välj ett svar: ${0}`,
'sa2aab01f43f6ed40': `Välj ett av svaren.`,
'sb3fcdb306d47a8ef': str`Välj minst ett svar: ${0}`,
'scba1b81280e87c25': `Välj minst ett av svaren.`,
's84fcec88c9e0c149': `Kryssa i rutan för att gå vidare.`,
's05644759ef8df961': str`Fyll i ${0}.`,
's1df789f5d6c8bd04': `Fyll i fältet.`,
'sbd17e5f579b07535': `Texten är för lång. Korta den.`,
'seab2cb48bf9a0741': `Skriv personnumret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN.`,
's146972216d388e89': `Datumet i personnumret finns inte. Kontrollera år, månad och dag.`,
's7348ed75c31b7798': `Personnumret stämmer inte. Kontrollera att alla siffror är rätt.`,
'se633b14dc1876eab': `Skriv postnumret med 5 siffror, till exempel 123 45.`,
'sc6e1d5baf9139e7b': `Skriv telefonnumret med riktnummer, till exempel 070-123 45 67.`,
'sba7ada213e62e57e': `Skriv e-postadressen som namn@exempel.se.`,
'sf90691266cb6f7ef': `Kontrollera svaret.`,
'chars-left-one': str`Du har ${0} tecken kvar.`,
'chars-left-other': str`Du har ${0} tecken kvar.`,
'chars-over-one': str`Du har skrivit ${0} tecken för mycket.`,
'chars-over-other': str`Du har skrivit ${0} tecken för mycket.`,
's846c5e87f6e2bbde': str`Du kan skriva upp till ${0} tecken.`,
's32eed3e6c80a2d28': `(måste fyllas i)`,
's3aa7b3852a389296': `Fel:`,
's87183b7ad30332c7': `Det finns problem`,
    };
  