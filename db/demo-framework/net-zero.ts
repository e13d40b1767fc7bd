import type { ThemeContent } from '../../app/domain/toms/content.ts'

/** The demo framework's theme "Net zero and a cleaner place": original, illustrative wording and invented proxy values. */
export const netZero: ThemeContent = {
	name: 'Net zero and a cleaner place',
	outcomes: [
		{
			name: 'Carbon emissions go down',
			measures: [
				{
					code: 'ENV-1',
					title: 'Carbon emissions saved on the contract against your starting baseline',
					unit: 'tonnes_co2e',
					proxyValuePence: 24463,
					guidance:
						'Work out the contract’s emissions at the start, then count the tonnes of CO2e saved each year compared with that baseline. Do not count savings already counted under ENV-2.',
					evidenceGuidance:
						'Your carbon calculation, naming the method and conversion factors used (for example the UK Government greenhouse gas conversion factors), with energy and fuel bills.',
					priorityCodes: ['CP3'],
				},
				{
					code: 'ENV-2',
					title: 'Carbon emissions saved by switching contract vehicles to electric or low-emission ones',
					unit: 'tonnes_co2e',
					proxyValuePence: 24463,
					guidance:
						'Compare the fuel or electricity used by the new vehicles with what the old vehicles would have used for the same miles, and convert the difference to tonnes of CO2e.',
					evidenceGuidance:
						'Mileage logs, fuel or charging records and your carbon calculation showing the conversion factors used.',
					priorityCodes: ['CP3'],
				},
				{
					code: 'ENV-3',
					title: 'Total carbon emissions of the contract',
					unit: 'tonnes_co2e',
					proxyValuePence: null,
					guidance:
						'Record only: give the total tonnes of CO2e the contract produced in the period, from energy, fuel and travel. This shows the trend; it is not given a £ value.',
					evidenceGuidance:
						'Your carbon calculation with the method, conversion factors and source data (meter readings, fuel cards, travel records).',
					priorityCodes: [],
				},
				{
					code: 'ENV-4',
					title: 'Share of contract vehicles that are zero-emission',
					unit: 'percent',
					proxyValuePence: null,
					guidance:
						'Record only: divide the number of zero-emission vehicles used on the contract by all vehicles used on it, and give the result as a percentage.',
					evidenceGuidance: 'A fleet list showing each vehicle’s registration and fuel type.',
					priorityCodes: ['CP3'],
				},
				{
					code: 'ENV-5',
					title: 'Your plan to cut carbon emissions on this contract',
					unit: 'text',
					proxyValuePence: null,
					guidance:
						'Describe the main sources of emissions on the contract and the steps you will take to reduce them, with rough dates.',
					evidenceGuidance: 'A short progress update each period against the steps in your plan.',
					priorityCodes: ['CP3'],
				},
			],
		},
		{
			name: 'Less waste and a greener local environment',
			measures: [
				{
					code: 'ENV-6',
					title: 'Waste kept out of landfill by reuse or recycling',
					unit: 'tonnes',
					proxyValuePence: 2850,
					guidance:
						'Count tonnes of waste from the contract that were reused, recycled or composted instead of sent to landfill or burned.',
					evidenceGuidance:
						'Waste transfer notes or reports from your licensed waste carrier showing tonnes and where each load went.',
					priorityCodes: ['CP3'],
				},
				{
					code: 'ENV-7',
					title: 'Surplus food or goods given to food banks and local charities',
					unit: 'tonnes',
					proxyValuePence: 9500,
					guidance:
						'Count the weight of usable food, furniture, equipment or other goods given away instead of thrown away.',
					evidenceGuidance:
						'Collection receipts or a letter from the charity confirming what it received and the weight.',
					priorityCodes: ['CP2', 'CP3'],
				},
				{
					code: 'ENV-8',
					title: 'Staff volunteering hours on local green spaces, tree planting or clean-ups',
					unit: 'hours',
					proxyValuePence: 1693,
					guidance:
						'Count hours staff volunteer during paid working time on projects that improve local parks, green spaces or streets.',
					evidenceGuidance: 'A volunteering log confirmed by the organiser, such as a friends-of-the-park group.',
					priorityCodes: ['CP3', 'CP4'],
				},
				{
					code: 'ENV-9',
					title: 'Single-use plastic removed from the contract',
					unit: 'tonnes',
					proxyValuePence: null,
					guidance:
						'Record only: estimate the weight of single-use plastic (packaging, cups, wrapping) you no longer use on this contract compared with the start.',
					evidenceGuidance:
						'Purchase records before and after the change, and a short note on how you estimated the weight.',
					priorityCodes: ['CP3'],
				},
			],
		},
	],
}
